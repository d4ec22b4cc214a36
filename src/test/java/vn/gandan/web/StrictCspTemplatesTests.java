package vn.gandan.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14, deliver 9: the Content-Security-Policy allows no inline script or style, so no template may carry
 * one: every script is a file under static/js, every style a class in static/css.
 */
class StrictCspTemplatesTests {

    private static final Pattern INLINE_SCRIPT = Pattern.compile("<script(?![^>]*\\bth:src=)(?![^>]*\\bsrc=)[^>]*>");
    private static final Pattern HANDLER = Pattern.compile("\\s(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    private static final Pattern STYLE = Pattern.compile("\\s(?:th:)?style\\s*=|<style", Pattern.CASE_INSENSITIVE);
    private static final Pattern JS_URL = Pattern.compile("(?:href|action|src)\\s*=\\s*\"\\s*javascript:", Pattern.CASE_INSENSITIVE);

    @Test
    void templatesHaveNoInlineScriptHandlerOrStyle() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources/templates"))) {
            for (Path p : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(p);
                for (Pattern bad : List.of(INLINE_SCRIPT, HANDLER, STYLE, JS_URL)) {
                    Matcher m = bad.matcher(html);
                    while (m.find()) {
                        found.add(p + ": " + m.group().strip());
                    }
                }
            }
        }
        assertThat(found).as("inline script/style refused by the CSP; move it to static/js or static/css").isEmpty();
    }
}
