package vn.gandan.platform;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * With {@code app.replica.url} set, the {@code dataSource} bean becomes a {@link ReplicaRouting} over the primary
 * and a read-only pool on the replica, and public pages and exports read from the replica.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("!'${app.replica.url:}'.isEmpty()")
class ReplicaConfig implements WebMvcConfigurer {

    private final Environment env;

    ReplicaConfig(Environment env) {
        this.env = env;
    }

    @Bean
    static BeanPostProcessor replicaRoutingDataSource(Environment env) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!"dataSource".equals(name) || !(bean instanceof DataSource primary) || bean instanceof ReplicaRouting) {
                    return bean;
                }
                return new ReplicaRouting(primary, replica(props(env)));
            }
        };
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new ReplicaInterceptor(props(env).pathPattern()));
    }

    private static ReplicaProperties props(Environment env) {
        return Binder.get(env).bind("app.replica", ReplicaProperties.class).get();
    }

    private static DataSource replica(ReplicaProperties props) {
        HikariDataSource pool = new HikariDataSource();
        pool.setPoolName("replica");
        pool.setJdbcUrl(props.url());
        pool.setUsername(props.username());
        pool.setPassword(props.password());
        pool.setReadOnly(true);
        pool.setMaximumPoolSize(props.maximumPoolSize());
        pool.setMinimumIdle(1);
        pool.setConnectionTimeout(3000);
        pool.addDataSourceProperty("options", "-c jit=off"); // as the primary (application.properties)
        return pool;
    }
}
