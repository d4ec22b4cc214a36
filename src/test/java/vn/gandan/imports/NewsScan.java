package vn.gandan.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Development tool (session 21, news items): for each TUNING part named, writes every document's prediction to
 * {@code <out>/<part>/NAME.json} and a line "part NAME headerless|header" to {@code <out>/<part>/shape.tsv}, headerless being a
 * document whose {@link HeaderBlock} finds no block (not anchored, no unit lines). Held-out parts are refused.
 */
final class NewsScan {

    private NewsScan() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            String part = args[i];
            if (!CorpusScore.TUNING_PARTS.contains(part)) {
                throw new IllegalArgumentException(part + " is held out");
            }
            Path dir = out.resolve(part);
            Files.createDirectories(dir);
            StringBuilder shapes = new StringBuilder();
            try (Stream<Path> s = Files.list(CorpusScore.CORPUS.resolve(part))) {
                for (Path f : s.filter(x -> x.toString().endsWith(".txt")).sorted().toList()) {
                    String name = f.getFileName().toString().replace(".txt", "");
                    Files.writeString(dir.resolve(name + ".json"), Json.write(ImportCommand.extract(f)));
                    CharSequence text = Readers.text(Files.readAllBytes(f));
                    TextLines d = new TextLines(WrappedLines.joined(ShapeNormaliser.normal(FieldRepairs.unescaped(text))));
                    HeaderBlock.Header h = HeaderBlock.read(d);
                    shapes.append(name).append('\t').append(!h.anchored() && h.units().isEmpty() ? "headerless" : "header").append('\n');
                }
            }
            Files.writeString(dir.resolve("shape.tsv"), shapes.toString());
        }
    }
}
