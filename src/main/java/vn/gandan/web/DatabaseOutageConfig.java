package vn.gandan.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;

/** Registers {@link DatabaseOutageFilter} outermost, around the session and security filters. */
@Configuration(proxyBeanMethods = false)
class DatabaseOutageConfig {

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(MessageSource messages, LocaleResolver locales) {
        FilterRegistrationBean<DatabaseOutageFilter> bean =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(messages, locales));
        bean.setOrder(Ordered.HIGHEST_PRECEDENCE);
        bean.addUrlPatterns("/*");
        return bean;
    }
}
