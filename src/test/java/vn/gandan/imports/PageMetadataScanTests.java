package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The labels of a page's metadata are found by one scan of the line ({@link MetadataKeys#nextLabel}) instead of a regular
 * expression of every label tried at every character (a quarter of an import's CPU). The scan must find exactly what that
 * expression found — the leftmost label in any case, the longest there, not followed by a letter or digit — on every line
 * the reader looks at in the tuning documents and on random lines made of labels' pieces.
 */
class PageMetadataScanTests {

    /** The expression the scan replaced, as it was written: every label, longest first, case folded, ending at a word's end. */
    private static final Pattern ORACLE = Pattern.compile("(?iu)(" + MetadataKeys.LABELS_IN_ORDER.stream().map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b).orElseThrow() + ")(?![\\p{L}\\d])");

    private static List<int[]> byExpression(String line) {
        List<int[]> out = new ArrayList<>();
        Matcher m = ORACLE.matcher(line);
        while (m.find()) {
            out.add(new int[] {m.start(), m.end()});
        }
        return out;
    }

    private static List<int[]> byScan(String line) {
        List<int[]> out = new ArrayList<>();
        for (int[] m = MetadataKeys.nextLabel(line, 0); m != null; m = MetadataKeys.nextLabel(line, m[1])) {
            out.add(m);
        }
        return out;
    }

    private static void agree(String line) {
        assertThat(byScan(line)).as(line).usingElementComparator((a, b) -> a[0] == b[0] && a[1] == b[1] ? 0 : 1)
                .containsExactlyElementsOf(byExpression(line));
        assertThat(MetadataKeys.withoutLabels(line)).as(line).isEqualTo(ORACLE.matcher(line).replaceAll(""));
    }

    @Test
    void theScanFindsWhatTheExpressionFoundOnEveryTuningDocumentsFirstLines() throws IOException {
        int lines = 0;
        int found = 0;
        for (String part : CorpusScore.TUNING_PARTS) {
            try (Stream<Path> files = Files.list(CorpusScore.CORPUS.resolve(part))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                    List<String> all = Files.readString(f, StandardCharsets.UTF_8).lines().limit(80).toList();
                    for (String l : all) {
                        agree(l);
                        lines++;
                        found += byExpression(l).size();
                    }
                }
            }
        }
        assertThat(lines).isGreaterThan(10_000);
        assertThat(found).as("labels on those lines").isGreaterThan(100);
    }

    @Test
    void theScanFindsWhatTheExpressionFoundOnRandomLinesOfLabelsPieces() {
        List<String> pieces = new ArrayList<>(MetadataKeys.LABELS_IN_ORDER);
        pieces.addAll(List.of(" ", ":", "|", "  ", "a", "Đ", "1", "/", "-", "•", "SỐ HIỆU", "số hiệu", "NGÀY BAN HÀNH", "ngàyban", "x", "\t",
                "Cơ quan", "ban hành", "Trích", "yếu", "Ngày", "Số", "kýhiệu", "é"));
        Random r = new Random(21);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder b = new StringBuilder();
            for (int k = r.nextInt(8); k >= 0; k--) {
                String p = pieces.get(r.nextInt(pieces.size()));
                b.append(r.nextInt(4) == 0 ? p.toUpperCase(java.util.Locale.ROOT) : r.nextInt(4) == 0 ? p.toLowerCase(java.util.Locale.ROOT) : p);
            }
            agree(b.toString());
        }
    }
}
