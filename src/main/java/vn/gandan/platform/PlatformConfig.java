package vn.gandan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.TreeSet;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The clock (Vietnam time) and the message bundles: one pair {@code i18n/<module>_vi|_en.properties} per module. */
@Configuration(proxyBeanMethods = false)
class PlatformConfig {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    @Bean
    Clock clock() {
        return Clock.system(VIETNAM);
    }

    @Bean
    MessageSource messageSource() {
        ReloadableResourceBundleMessageSource source = new MessageBundles();
        source.setBasenames(moduleBundles());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setDefaultLocale(Locale.forLanguageTag("vi"));
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    /** Every bundle found under {@code classpath:i18n/}, so a module adds its messages without touching config. */
    static String[] moduleBundles() {
        try {
            TreeSet<String> names = new TreeSet<>();
            for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
                String file = r.getFilename();
                if (file != null) {
                    names.add("classpath:i18n/" + file.replaceAll("(_[a-z]{2})?\\.properties$", ""));
                }
            }
            return names.toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
