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

/**
 * Counts the SQL statements the application executes while serving requests (a test-only wrapper around the data
 * source). Only the servlet container's request threads are counted: a background job (audit sealing, event
 * listeners, schedulers) running at the same moment would otherwise add its statements to the page being counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

    static final AtomicLong EXECUTED = new AtomicLong();
    /** Transactions committed or rolled back on a connection (each one a round trip, plus its BEGIN). */
    static final AtomicLong TRANSACTIONS = new AtomicLong();
    /** The statements' SQL, in order (cleared by the test before the request it counts). */
    static final java.util.Queue<String> SQL = new java.util.concurrent.ConcurrentLinkedQueue<>();

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
        return wrap(target, type, null);
    }

    @SuppressWarnings("unchecked")
    static <T> T wrap(T target, Class<T> type, String prepared) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (!onRequestThread()) {
                return invoke(target, method, args);
            }
            if (target instanceof Connection && ("commit".equals(method.getName()) || "rollback".equals(method.getName()))) {
                TRANSACTIONS.incrementAndGet();
            }
            if (method.getName().startsWith("execute") && target instanceof Statement) {
                EXECUTED.incrementAndGet();
                SQL.add(prepared != null ? prepared : args != null && args.length > 0 ? String.valueOf(args[0]) : "?");
            }
            return invoke(target, method, args);
        };
        Class<?>[] types = target instanceof DataSource && target instanceof AutoCloseable
                ? new Class<?>[] {type, AutoCloseable.class} : new Class<?>[] {type};
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), types, handler);
    }

    /** Tomcat's request threads ({@code http-nio-<port>-exec-<n>}). */
    static boolean onRequestThread() {
        return Thread.currentThread().getName().startsWith("http-nio-");
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            Object result = method.invoke(target, args);
            if (result instanceof Connection c && !(result instanceof Proxy)) {
                return wrap(c, Connection.class);
            }
            String sql = args != null && args.length > 0 && args[0] instanceof String text ? text : null;
            if (result instanceof java.sql.CallableStatement c) {
                return wrap(c, java.sql.CallableStatement.class, sql);
            }
            if (result instanceof java.sql.PreparedStatement p) {
                return wrap(p, java.sql.PreparedStatement.class, sql);
            }
            if (result instanceof Statement st) {
                return wrap(st, Statement.class);
            }
            return result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
