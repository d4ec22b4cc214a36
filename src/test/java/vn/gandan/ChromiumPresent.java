package vn.gandan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Browser journeys need Debian's Chromium and its driver. On a machine without them (a fresh checkout with only
 * a JDK) the journeys are skipped with a notice naming the packages, before any Spring context starts, so that
 * {@code ./mvnw verify} still passes; CI installs them and runs every journey.
 */
final class ChromiumPresent implements ExecutionCondition {

    /** Overridable ({@code -Dgandan.chromium=…} or {@code GANDAN_CHROMIUM}) to try a machine without Chromium. */
    static final Path CHROMIUM = Path.of(setting("gandan.chromium", "GANDAN_CHROMIUM", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(setting("gandan.chromedriver", "GANDAN_CHROMEDRIVER", "/usr/bin/chromedriver"));
    static final String NOTICE = "Browser journeys skipped: " + CHROMIUM + " or " + DRIVER + " is missing."
            + " Install the Debian packages to run them: apt-get install chromium chromium-driver";
    private static final AtomicBoolean TOLD = new AtomicBoolean();

    private static String setting(String property, String env, String otherwise) {
        String v = System.getProperty(property, System.getenv(env));
        return v == null || v.isBlank() ? otherwise : v;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER)) {
            return ConditionEvaluationResult.enabled("Chromium present");
        }
        if (TOLD.compareAndSet(false, true)) {
            System.err.println("[NOTICE] " + NOTICE);
        }
        return ConditionEvaluationResult.disabled(NOTICE);
    }
}
