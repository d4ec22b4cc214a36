package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.util.unit.DataSize;

/** The import's time limit and largest file are ⚙ settings with defaults an office's server can keep. */
class ImportSettingsTests {

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Config.class);

    @EnableConfigurationProperties(ImportSettings.class)
    static class Config {
    }

    @Test
    void aFileMayTakeTwoMinutesAndTwentyMegabytesByDefault() {
        runner.run(ctx -> {
            ImportSettings s = ctx.getBean(ImportSettings.class);
            assertThat(s.timeLimit()).isEqualTo(Duration.ofSeconds(120));
            assertThat(s.maxFileSize()).isEqualTo(DataSize.ofMegabytes(20));
        });
    }

    @Test
    void anOfficeSetsItsOwnLimits() {
        runner.withPropertyValues("app.imports.time-limit=45s", "app.imports.max-file-size=5MB").run(ctx -> {
            ImportSettings s = ctx.getBean(ImportSettings.class);
            assertThat(s.timeLimit()).isEqualTo(Duration.ofSeconds(45));
            assertThat(new Parsing(s).maxBytes()).isEqualTo(5L * 1024 * 1024);
        });
    }
}
