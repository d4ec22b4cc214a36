package vn.gandan.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** Counts the SQL statements the application executes (a test-only wrapper around the data source). */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    static final AtomicLong EXECUTED = new AtomicLong();

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return "dataSource".equals(name) && bean instanceof DataSource ds ? wrap(ds, DataSource.class) : bean;
            }
        };
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(T target, Class<T> type) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                EXECUTED.incrementAndGet();
            }
            try {
                Object result = method.invoke(target, args);
                if (result instanceof Connection c && !(result instanceof Proxy)) {
                    return wrap(c, Connection.class);
                }
                if (result instanceof java.sql.CallableStatement c) {
                    return wrap(c, java.sql.CallableStatement.class);
                }
                if (result instanceof java.sql.PreparedStatement p) {
                    return wrap(p, java.sql.PreparedStatement.class);
                }
                if (result instanceof Statement st) {
                    return wrap(st, Statement.class);
                }
                return result;
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        Class<?>[] types = target instanceof DataSource && target instanceof AutoCloseable
                ? new Class<?>[] {type, AutoCloseable.class} : new Class<?>[] {type};
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types, handler);
    }
}
