package vn.gandan.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code java -jar app.jar import FILE…}: prints the extracted fields as JSON (one object for one file, an
 * array for several). Plain Java: no server, no database, no Spring context. Exit 0, or 2 when a file
 * could not be read.
 */
public final class ImportCommand {

    private ImportCommand() {
    }

    public static int run(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        if (args.length == 0) {
            System.err.println("usage: import FILE…");
            return 1;
        }
        List<Object> results = new ArrayList<>();
        int status = 0;
        for (String a : args) {
            Path p = Path.of(a);
            try {
                results.add(extract(p));
            } catch (IOException | ImportException e) {
                System.err.println(p + ": " + e.getMessage());
                results.add(Map.of("file", p.getFileName().toString(), "error", String.valueOf(e.getMessage())));
                status = 2;
            }
        }
        out.println(Json.write(results.size() == 1 ? results.get(0) : results));
        return status;
    }

    static Extraction extract(Path p) throws IOException {
        CharSequence text = Readers.text(Files.readAllBytes(p));
        return Extractor.extract(p.getFileName().toString(), text);
    }
}
