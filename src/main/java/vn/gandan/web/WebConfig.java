package vn.gandan.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Language: {@code ?lang=en} sets a cookie; without one, Accept-Language picks en or vi; vi by default. The time zone
 * of the request (for {@link Times}) is the clock's unless the cookie names another.
 */
@Configuration(proxyBeanMethods = false)
class WebConfig implements WebMvcConfigurer {

    static final Locale VI = Locale.forLanguageTag("vi");
    static final List<Locale> SUPPORTED = List.of(VI, Locale.ENGLISH);

    @Bean
    LocaleResolver localeResolver(java.time.Clock clock) {
        CookieLocaleResolver cookie = new CookieLocaleResolver("lang") {
            @Override
            public void setLocale(HttpServletRequest req, HttpServletResponse res, Locale locale) {
                super.setLocale(req, res, locale != null && SUPPORTED.contains(Locale.forLanguageTag(locale.getLanguage()))
                        ? Locale.forLanguageTag(locale.getLanguage()) : VI);
            }
        };
        cookie.setCookieMaxAge(Duration.ofDays(365));
        cookie.setDefaultLocaleFunction(WebConfig::fromHeader);
        // times show in the user's zone: the cookie's when one is set, else the clock's (Asia/Ho_Chi_Minh)
        java.util.TimeZone zone = java.util.TimeZone.getTimeZone(clock.getZone());
        cookie.setDefaultTimeZoneFunction(req -> zone);
        return cookie;
    }

    private static Locale fromHeader(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return VI;
        }
        try {
            Locale best = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
            return best == null ? VI : best;
        } catch (IllegalArgumentException malformed) {
            return VI;
        }
    }

    /**
     * No outgoing link rewriting: the resource-chain filter looked every {@code @{…}} link of a page up on the
     * classpath (a jar lookup per link, ~80 % of request time under load) to add webjar versions. Version-less
     * {@code /webjars/…} requests are still resolved on the way in. {@code app.web.rewrite-resource-links=true}
     * brings the filter back (the page benchmark compares both).
     */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<org.springframework.web.servlet.resource.ResourceUrlEncodingFilter>
            resourceUrlEncodingFilter(@org.springframework.beans.factory.annotation.Value("${app.web.rewrite-resource-links:false}")
                                      boolean rewrite) {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(
                new org.springframework.web.servlet.resource.ResourceUrlEncodingFilter());
        registration.setEnabled(rewrite);
        return registration;
    }

    /**
     * Pages are written as bytes, once ({@link PageBytesView}); {@code app.web.page-bytes=false} brings Thymeleaf's own
     * view back (the page benchmark compares both).
     */
    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor pageBytesView(
            org.springframework.core.env.Environment env) {
        boolean bytes = env.getProperty("app.web.page-bytes", Boolean.class, true);
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bytes && bean instanceof org.thymeleaf.spring6.view.ThymeleafViewResolver resolver) {
                    resolver.setViewClass(PageBytesView.class);
                }
                return bean;
            }
        };
    }

    /**
     * Session 18 (issue 14, item 5): no {@code ContentNegotiatingViewResolver}. Boot puts one in front of the view
     * resolvers unless a bean is named {@code viewResolver}; on every page it parsed the Accept header, asked every
     * resolver for a candidate view (the name, then the name with each acceptable type's file extensions) and chose
     * the first whose content type the request accepts (1.3 % of the request threads' CPU). Every view here is HTML
     * (Thymeleaf's), and where it chose none it answered no view, after which the dispatcher asked the resolvers in
     * their order anyway — so the page chosen is the one the resolvers give in order, as now without it. This bean
     * resolves nothing and comes last.
     */
    @Bean
    org.springframework.web.servlet.ViewResolver viewResolver() {
        return (viewName, locale) -> null;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor lang = new LocaleChangeInterceptor();
        lang.setParamName("lang");
        lang.setIgnoreInvalidLocale(true);
        registry.addInterceptor(lang);
    }
}
