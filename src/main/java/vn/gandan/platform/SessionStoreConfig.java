package vn.gandan.platform;

import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The sessions in the database (shared by every node), cheaper per request (issue 14): the last access is written
 * only when the stored one is older than {@code app.session.touch-interval} ({@link ThrottledSessionRepository}),
 * and the session's statements run in a plain JDBC transaction on the primary instead of opening a JPA
 * {@code EntityManager} for each request. A session attribute is written with an upsert, so that concurrent requests
 * of one session never fail on its row.
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfig {

    /** Spring Boot's own template, which backs off when any other {@link TransactionOperations} bean exists. */
    @Bean
    @Primary
    TransactionTemplate transactionTemplate(PlatformTransactionManager transactionManager) {
        return new TransactionTemplate(transactionManager);
    }

    /**
     * Picked up by Spring Session by this name; writes REQUIRES_NEW as Spring Session's own default, the read of a
     * session without a transaction ({@link SessionTransactions}).
     */
    @Bean("springSessionTransactionOperations")
    static TransactionOperations springSessionTransactionOperations(DataSource dataSource) {
        TransactionTemplate template = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        template.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new SessionTransactions(template);
    }

    /** The requested session read once per request ({@link SessionReadMemo}), just outside Spring Session's filter. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<SessionReadMemo> sessionReadMemo() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new SessionReadMemo());
        registration.setOrder(org.springframework.session.web.http.SessionRepositoryFilter.DEFAULT_ORDER - 1);
        return registration;
    }

    /**
     * The session's last access written at most once per interval, its read carrying the {@link SessionStamp}s, and
     * its attributes read without Java deserialisation where it gives nothing ({@link SessionAttributeReader}).
     */
    @Bean
    static BeanPostProcessor throttledSessionTouches(Environment env, ObjectProvider<SessionStamp> stamps) {
        Duration interval = Binder.get(env).bind("app.session.touch-interval", Duration.class)
                .orElse(ThrottledSessionRepository.DEFAULT_INTERVAL);
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (!(bean instanceof JdbcIndexedSessionRepository jdbc)) {
                    return bean;
                }
                // Two requests of one session adding the same attribute at once (two tabs, two nodes) both insert its row:
                // PostgreSQL's upsert lets the second one win instead of answering 500 on the duplicate key.
                new PostgreSqlJdbcIndexedSessionRepositoryCustomizer().customize(jdbc);
                jdbc.setGetSessionQuery(SessionStampQuery.of(stamps.orderedStream().toList()));
                jdbc.setConversionService(SessionAttributeReader.conversionService(SessionStoreConfig.class.getClassLoader()));
                return new ThrottledSessionRepository<>(jdbc, interval);
            }
        };
    }
}
