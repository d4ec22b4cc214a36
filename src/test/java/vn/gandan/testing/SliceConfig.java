package vn.gandan.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.access.expression.AbstractSecurityExpressionHandler;
import org.springframework.security.access.expression.SecurityExpressionHandler;
import org.springframework.security.access.expression.SecurityExpressionOperations;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.FilterInvocation;
import org.springframework.security.web.access.expression.WebSecurityExpressionRoot;

/**
 * What a {@code @WebMvcTest} slice of this application needs besides the controllers under test: the module message
 * bundles (as the platform module loads them) and the Vietnam clock. Use with {@link #EXCLUDED} filters.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SliceConfig {

    /** Filters of other modules a slice need not build (their collaborators are not in the slice). */
    public static final String EXCLUDED = "vn\\.gandan\\.(web\\.RequestGuard|web\\.DatabaseOutageFilter|access\\.LoginThrottleFilter|platform\\..*)";

    /** For {@code sec:authorize} in the layout (the application's security configuration is not in a slice). */
    @Bean
    SecurityExpressionHandler<FilterInvocation> webSecurityExpressionHandler() {
        return new AbstractSecurityExpressionHandler<FilterInvocation>() {
            @Override
            protected SecurityExpressionOperations createSecurityExpressionRoot(Authentication a, FilterInvocation fi) {
                return new WebSecurityExpressionRoot(a, fi);
            }
        };
    }

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Asia/Ho_Chi_Minh"));
    }

    @Bean
    MessageSource messageSource() throws IOException {
        TreeSet<String> names = new TreeSet<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            String file = r.getFilename();
            if (file != null) names.add("classpath:i18n/" + file.replaceAll("(_[a-z]{2})?\\.properties$", ""));
        }
        ReloadableResourceBundleMessageSource source = new ReloadableResourceBundleMessageSource();
        source.setBasenames(names.toArray(String[]::new));
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setDefaultLocale(Locale.forLanguageTag("vi"));
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
