package vn.gandan.imports;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Measures {@link OcrSpelling} before it is wired: over the tuning parts named (never a held-out part), each text's OCR traits,
 * and for every value of title, issuers, parent and place of a dump, each syllable the corrector would change, judged against
 * the gold's words (right: the new syllable is the gold's and the old was not; wrong: the reverse). Files of the check sets are
 * skipped. Usage: OcrSpellingProbe <dump root> <part>... (prints "C" lines only for files starting s27/t27 when -Dshow=1).
 */
public final class OcrSpellingProbe {

    public static void main(String[] args) throws Exception {
        Path corpus = Path.of("src/test/resources/corpus");
        Set<String> check = new HashSet<>();
        for (String n : List.of("/tmp/check27b.names", "/tmp/check27.names", "/tmp/check26b.names")) {
            check.addAll(Files.readAllLines(Path.of(n)).stream().map(String::trim).toList());
        }
        ObjectMapper om = new ObjectMapper();
        int[] gated = new int[3];
        int[] ungated = new int[3];
        for (String part : Arrays.copyOfRange(args, 1, args.length)) {
            if (part.matches("heldout(18|19|20)")) {
                throw new IllegalArgumentException("held-out");
            }
            try (var files = Files.list(corpus.resolve(part))) {
                for (Path t : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    String name = t.getFileName().toString().replace(".txt", "");
                    if (check.contains(name)) {
                        continue;
                    }
                    String text = Files.readString(t);
                    OcrTraits traits = OcrTraits.of(text);
                    Path dump = Path.of(args[0], part, name + ".json");
                    Path gold = corpus.resolve(part).resolve("gold").resolve(name + ".json");
                    if (!Files.exists(dump) || !Files.exists(gold)) {
                        continue;
                    }
                    JsonNode p = om.readTree(Files.readString(dump));
                    JsonNode g = om.readTree(Files.readString(gold));
                    int[] here = new int[3];
                    for (String field : List.of("title", "issuers", "parent_issuer", "issue_place")) {
                        Set<String> goldWords = words(g.get(field));
                        for (String v : values(p.get(field))) {
                            String c = OcrSpelling.value(v);
                            String[] a = v.split("\\s+");
                            String[] b = c.split("\\s+");
                            for (int i = 0; i < Math.min(a.length, b.length); i++) {
                                if (a[i].equals(b[i])) {
                                    continue;
                                }
                                boolean oldIn = goldWords.contains(a[i].toLowerCase(Locale.ROOT));
                                boolean newIn = goldWords.contains(b[i].toLowerCase(Locale.ROOT));
                                int k = newIn && !oldIn ? 0 : oldIn && !newIn ? 1 : 2;
                                here[k]++;
                                if (Boolean.getBoolean("show") && (name.startsWith("s27") || name.startsWith("t27") || k == 1)) {
                                    System.out.println("C " + part + "/" + name + " " + field + " " + a[i] + " -> " + b[i] + " " + (k == 0 ? "right" : k == 1 ? "WRONG" : "?"));
                                }
                            }
                        }
                    }
                    for (int k = 0; k < 3; k++) {
                        ungated[k] += here[k];
                        gated[k] += traits.scanned() ? here[k] : 0;
                    }
                    if (Boolean.getBoolean("traits")) {
                        System.out.printf("T %s/%s %d/%d %.4f u%.3f m%.3f %s%n", part, name, traits.misread(), traits.syllables(),
                                traits.misread() / Math.max(1.0, traits.syllables()), traits.unmarked() / Math.max(1.0, traits.syllables()),
                                traits.malformed() / Math.max(1.0, traits.syllables()), traits.scanned() ? "SCANNED" : "");
                    }
                }
            }
        }
        System.out.println("ungated right/wrong/unknown " + Arrays.toString(ungated));
        System.out.println("gated   right/wrong/unknown " + Arrays.toString(gated));
    }

    private static List<String> values(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (n.isArray()) {
            n.forEach(x -> out.add(x.asText()));
        } else {
            out.add(n.asText());
        }
        return out;
    }

    private static Set<String> words(JsonNode n) {
        Set<String> out = new HashSet<>();
        for (String v : values(n)) {
            out.addAll(Arrays.asList(java.text.Normalizer.normalize(v, java.text.Normalizer.Form.NFC).toLowerCase(Locale.ROOT).split("\\s+")));
        }
        return out;
    }
}
