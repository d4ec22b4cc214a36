package vn.gandan.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Session 26, measurement before wiring: applies {@link FinalTrim} to the final issuers and title of a dump of every tuning
 * part and writes the trimmed dump beside it, so the two can be compared field by field against gold
 * ({@code python3 /work/ab/cmp.py <dump> <trimmed>}). Usage: {@code FinalTrimProbe <dump dir> <out dir>} (one sub-directory per
 * tuning part; held-out parts are never read).
 */
final class FinalTrimProbe {

    private FinalTrimProbe() {
    }

    public static void main(String[] args) throws Exception {
        JsonMapper mapper = JsonMapper.builder().build();
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Path corpus = Path.of("src/test/resources/corpus");
        int issuers = 0;
        int titles = 0;
        for (String part : CorpusScore.TUNING_PARTS) {
            Path dir = in.resolve(part);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            Files.createDirectories(out.resolve(part));
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
            }
            for (Path f : files) {
                ObjectNode pred = (ObjectNode) mapper.readTree(f.toFile());
                Path txt = corpus.resolve(part).resolve(f.getFileName().toString().replace(".json", ".txt"));
                TextLines d = Extractor.source(Readers.text(Files.readAllBytes(txt))).d();
                JsonNode is = pred.get("issuers");
                if (is != null && is.isArray() && !is.isEmpty()) {
                    List<String> before = new ArrayList<>();
                    is.forEach(n -> before.add(n.asString()));
                    JsonNode sym = pred.get("symbol");
                    JsonNode tt = pred.get("title");
                    List<String> trimmed = FinalTrim.issuers(before, d, tt == null || tt.isNull() ? null : tt.asString(),
                            sym == null || sym.isNull() ? null : sym.asString());
                    if (!trimmed.equals(before)) {
                        issuers++;
                        ArrayNode a = pred.putArray("issuers");
                        trimmed.forEach(a::add);
                    }
                }
                JsonNode t = pred.get("title");
                if (t != null && t.isString()) {
                    JsonNode k = pred.get("doc_kind");
                    String after = FinalTrim.title(t.asString(), k == null || k.isNull() ? null : k.asString());
                    if (!after.equals(t.asString())) {
                        titles++;
                        pred.put("title", after);
                    }
                }
                Files.writeString(out.resolve(part).resolve(f.getFileName()), mapper.writeValueAsString(pred));
            }
        }
        System.out.println("changed issuers " + issuers + ", titles " + titles);
    }
}
