package vn.gandan;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (vendored in src/test/resources/axe, MPL 2.0) run in the page: the serious and critical violations of
 * WCAG 2.0/2.1 A and AA, one line each ("rule: selector — help").
 */
public final class Axe {

    private static final String SOURCE = load();

    private Axe() {
    }

    /** Injects axe into the current page (once) and returns its serious and critical violations. */
    @SuppressWarnings("unchecked")
    public static List<String> seriousViolations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(SOURCE);
        }
        Object result = js.executeAsyncScript("""
                var done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(function (r) {
                    done(r.violations.filter(function (v) { return v.impact === 'serious' || v.impact === 'critical'; })
                      .map(function (v) { return {id: v.id, help: v.help,
                        targets: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 5).join(', ')}; }));
                  }).catch(function (e) { done([{id: 'axe-error', help: String(e), targets: ''}]); });""");
        List<String> out = new ArrayList<>();
        for (Object o : (List<Object>) result) {
            Map<String, Object> v = (Map<String, Object>) o;
            out.add(v.get("id") + ": " + v.get("targets") + " — " + v.get("help"));
        }
        return out;
    }

    private static String load() {
        try (InputStream in = Axe.class.getResourceAsStream("/axe/axe.min.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
