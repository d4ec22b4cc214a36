package vn.gandan.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Development tool for the forward-chaining estimate (docs/imports-history.md "Session 14: issuers"): takes the predictions an
 * older extractor made for a tuning part ({@code old}), applies today's {@link IssuerSignals} to their issuers, superior
 * body and symbol with the document's text, and writes the predictions again ({@code out}). Tuning parts only.
 * {@code java … IssuerForwardCheck <old dir> <part> <out dir>}.
 */
final class IssuerForwardCheck {

    private IssuerForwardCheck() {
    }

    public static void main(String[] args) throws Exception {
        if (!CorpusScore.TUNING_PARTS.contains(args[1])) {
            throw new IllegalArgumentException(args[1] + " is held out");
        }
        JsonMapper mapper = JsonMapper.builder().build();
        Path out = Files.createDirectories(Path.of(args[2]));
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            for (Path f : s.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode old = mapper.readTree(f.toFile());
                Path txt = CorpusScore.CORPUS.resolve(args[1]).resolve(f.getFileName().toString().replace(".json", ".txt"));
                TextLines d = new TextLines(Readers.text(Files.readAllBytes(txt)));
                List<String> found = new ArrayList<>();
                old.get("issuers").forEach(n -> found.add(n.asString()));
                IssuerSignals.Decision who = IssuerSignals.decide(found, text(old, "parent_issuer"), 0.85, text(old, "symbol"), d);
                var node = (tools.jackson.databind.node.ObjectNode) old;
                node.set("issuers", mapper.valueToTree(who.issuers()));
                node.put("parent_issuer", who.parent());
                Files.writeString(out.resolve(f.getFileName()), mapper.writeValueAsString(node));
            }
        }
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asString();
    }
}
