package vn.gandan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

/** Every visible string comes from the message bundles, and every key exists in Vietnamese and English. */
class I18nTests {

    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Path BUNDLES = Path.of("src/main/resources/i18n");
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label", "label");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}");

    @Test
    void templatesHaveNoLiteralText() throws IOException {
        List<String> literals = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file));
                for (Element e : doc.getAllElements()) {
                    if (replacesItsText(e)) {
                        continue;
                    }
                    for (TextNode t : e.textNodes()) {
                        if (LETTERS.matcher(t.text()).find() && !insideReplacedElement(e)) {
                            literals.add(TEMPLATES.relativize(file) + ": <" + e.tagName() + "> \"" + t.text().strip() + "\"");
                        }
                    }
                    for (String attr : TEXT_ATTRIBUTES) {
                        if (e.hasAttr(attr) && LETTERS.matcher(e.attr(attr)).find()) {
                            literals.add(TEMPLATES.relativize(file) + ": " + attr + "=\"" + e.attr(attr) + "\"");
                        }
                    }
                }
            }
        }
        assertThat(literals).as("literal text in templates; use #{…} keys").isEmpty();
    }

    @Test
    void everyKeyExistsInVietnameseAndEnglish() throws IOException {
        List<String> missing = new ArrayList<>();
        int bundles = 0;
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path vi : files.filter(f -> f.getFileName().toString().endsWith("_vi.properties")).toList()) {
                Path en = vi.resolveSibling(vi.getFileName().toString().replace("_vi.properties", "_en.properties"));
                assertThat(en).as("English bundle for " + vi.getFileName()).exists();
                Set<String> viKeys = keys(vi);
                Set<String> enKeys = keys(en);
                viKeys.stream().filter(k -> !enKeys.contains(k)).forEach(k -> missing.add(en.getFileName() + ": " + k));
                enKeys.stream().filter(k -> !viKeys.contains(k)).forEach(k -> missing.add(vi.getFileName() + ": " + k));
                bundles++;
            }
        }
        assertThat(bundles).isGreaterThan(2);
        assertThat(missing).isEmpty();
    }

    /** A key defined twice in one bundle silently shows the later text where the earlier was meant. */
    @Test
    void noKeyIsDefinedTwiceInABundle() throws IOException {
        List<String> twice = new ArrayList<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path bundle : files.filter(f -> f.toString().endsWith(".properties")).toList()) {
                Set<String> seen = new TreeSet<>();
                for (String line : Files.readAllLines(bundle)) {
                    String key = line.strip().split("\\s*[=:]", 2)[0];
                    if (!line.isBlank() && !line.strip().startsWith("#") && !seen.add(key)) {
                        twice.add(bundle.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(twice).isEmpty();
    }

    @Test
    void everyKeyUsedInTemplatesExists() throws IOException {
        Set<String> known = new TreeSet<>();
        try (Stream<Path> files = Files.list(BUNDLES)) {
            for (Path vi : files.filter(f -> f.getFileName().toString().endsWith("_vi.properties")).toList()) {
                known.addAll(keys(vi));
            }
        }
        Pattern literalKey = Pattern.compile("#\\{([a-zA-Z0-9_.]+)[}(]");
        List<String> unknown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                var m = literalKey.matcher(Files.readString(file));
                while (m.find()) {
                    if (!known.contains(m.group(1))) {
                        unknown.add(TEMPLATES.relativize(file) + ": " + m.group(1));
                    }
                }
            }
        }
        assertThat(unknown).isEmpty();
    }

    private static boolean replacesItsText(Element e) {
        return e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace") || e.hasAttr("th:insert")
                || e.hasAttr("th:errors") || e.hasAttr("sec:authentication") || e.tagName().equals("script")
                || e.tagName().equals("style");
    }

    private static boolean insideReplacedElement(Element e) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            if (p.hasAttr("th:text") || p.hasAttr("th:utext") || p.hasAttr("th:replace")) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> keys(Path bundle) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(bundle)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return new TreeSet<>(p.stringPropertyNames());
    }
}
