package vn.gandan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** Session 18: the bundles' kept number format formats every message exactly as Spring's plain source does. */
class MessageBundlesTest {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static ReloadableResourceBundleMessageSource configured(ReloadableResourceBundleMessageSource source) {
        source.setBasenames(PlatformConfig.moduleBundles());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setDefaultLocale(VI);
        source.setFallbackToSystemLocale(false);
        source.setUseCodeAsDefaultMessage(false);
        return source;
    }

    private static List<String> keys() throws Exception {
        List<String> keys = new ArrayList<>();
        for (Resource r : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Properties p = new Properties();
            try (InputStream in = r.getInputStream()) {
                p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            p.stringPropertyNames().stream().sorted().forEach(keys::add);
        }
        return keys.stream().distinct().toList();
    }

    /** Numbers of every kind and size, strings, null, dates, other objects — as the pages pass them. */
    private static Object argument(Random random) {
        return switch (random.nextInt(11)) {
            case 0 -> random.nextInt(100);
            case 1 -> random.nextInt();
            case 2 -> random.nextLong();
            case 3 -> random.nextDouble() * 1_000_000;
            case 4 -> new BigDecimal(random.nextInt(10_000_000)).movePointLeft(random.nextInt(4));
            case 5 -> (long) random.nextInt(5_000);
            case 6 -> "chuỗi {0} " + random.nextInt(50);
            case 7 -> null;
            case 8 -> new Date(random.nextLong() % 4_000_000_000_000L);
            case 9 -> LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28));
            default -> -random.nextInt(1_000_000);
        };
    }

    @Test
    void everyMessageWithAnyArgumentsIsFormattedAsSpringsOwnSourceFormatsIt() throws Exception {
        ReloadableResourceBundleMessageSource plain = configured(new ReloadableResourceBundleMessageSource());
        ReloadableResourceBundleMessageSource kept = configured(new MessageBundles());
        Random random = new Random(18);
        List<String> keys = keys();
        assertThat(keys).hasSizeGreaterThan(500);
        int compared = 0;
        for (int round = 0; round < 3; round++) {
            for (String key : keys) {
                for (Locale locale : List.of(VI, Locale.ENGLISH)) {
                    Object[] args = new Object[random.nextInt(5)];
                    for (int i = 0; i < args.length; i++) {
                        args[i] = argument(random);
                    }
                    assertThat(kept.getMessage(key, args, null, locale)).as(key + " " + locale + " " + java.util.Arrays.toString(args))
                            .isEqualTo(plain.getMessage(key, args, null, locale));
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(keys.size() * 6);
    }

    @Test
    void theKeptNumberFormatGivesEachThreadItsOwnNumbers() throws Exception {
        ReloadableResourceBundleMessageSource plain = configured(new ReloadableResourceBundleMessageSource());
        ReloadableResourceBundleMessageSource kept = configured(new MessageBundles());
        String key = keys().stream().filter(k -> plain.getMessage(k, new Object[] {1}, null, VI).contains("1")
                && !plain.getMessage(k, new Object[] {2}, null, VI).contains("1")).findFirst().orElseThrow();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                runs.add(pool.submit((Callable<List<String>>) () -> {
                    List<String> out = new ArrayList<>();
                    for (int i = 0; i < 2_000; i++) {
                        out.add(kept.getMessage(key, new Object[] {thread * 1_000_003L + i}, null, VI));
                    }
                    return out;
                }));
            }
            for (int t = 0; t < 8; t++) {
                List<String> out = runs.get(t).get();
                for (int i = 0; i < out.size(); i++) {
                    assertThat(out.get(i)).isEqualTo(plain.getMessage(key, new Object[] {t * 1_000_003L + i}, null, VI));
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
