package vn.gandan.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Measure of the PDF readers on a corpus part (development use): each PDF attachment the manifest names is taken from the
 * local mirror ({@code /work/.mirror/<owner>+<repo>/repo}, a bare git directory), cut to its first two pages as the
 * collector cut it, read through the product's {@link Readers}, and scored with its gold — against the stored texts and
 * against the layer alone (today's reader before {@link LayerPages}).
 * <p>{@code java … RereadScore <part> <dir> [all|score]} ({@code score}: only score what a run wrote): writes {@code <dir>/reread}, {@code <dir>/layer} and {@code <dir>/stored}
 * (texts plus gold links) for the attachments whose layer has a broken page ({@code all}: every resolved PDF), and prints
 * the aggregate scores of the three. Per-document lines (layer verdicts, names) only for tuning parts; for a held-out
 * part nothing but counts and aggregates. {@code -Dhide=/tmp/check28b.names,…}: the check-set documents of a tuning part
 * get no line of their own and are scored apart, in aggregate, under {@code <dir>/hidden}.
 * <p>For comparing OCR models: {@code scans} (in place of {@code all}) re-reads only the PDFs without a text layer;
 * {@code -Dpages=1} cuts to the first page (default 2); {@code -Docr.model=system|<tessdata dir>} chooses the model
 * ({@link OcrModels}); the seconds each re-read took per page are printed (min / median / max).
 */
final class RereadScore {

    private static final Path MIRRORS = Path.of("/work/.mirror");
    private static final String RAW = "https://raw.githubusercontent.com/";

    private RereadScore() {
    }

    /** A manifest line's attachment: corpus file name and the bytes' address in a mirror. */
    record Attachment(String name, Path gitDir, String commit, String path) {
    }

    public static void main(String[] args) throws Exception {
        String part = args[0];
        Path dir = Path.of(args[1]);
        boolean all = args.length > 2 && args[2].equals("all");
        boolean scansOnly = args.length > 2 && args[2].equals("scans");
        int cutTo = Integer.getInteger("pages", 2);
        OcrModels.configure(System.getProperty("ocr.model", OcrModels.SYSTEM));
        List<Double> secondsPerPage = new ArrayList<>();
        boolean tuning = CorpusScore.TUNING_PARTS.contains(part);
        Set<String> hidden = hidden();
        if (args.length > 2 && args[2].equals("score")) {
            score(dir, tuning);
            score(dir.resolve("hidden"), false);
            return;
        }
        List<Attachment> found = new ArrayList<>();
        int unresolved = 0;
        for (String line : Files.readAllLines(CorpusScore.CORPUS.resolve("manifest.tsv"))) {
            String[] f = line.split("\t");
            if (f.length < 3 || !f[1].equals(part) || !f[2].startsWith(RAW)
                    || !f[2].toLowerCase(Locale.ROOT).endsWith(".pdf")) {
                continue;
            }
            String[] a = f[2].substring(RAW.length()).split("/", 4);
            if (a.length < 4 || !Files.isDirectory(MIRRORS.resolve(a[0] + "+" + a[1]).resolve("repo"))) {
                unresolved++;
                continue;
            }
            found.add(new Attachment(f[0], MIRRORS.resolve(a[0] + "+" + a[1]).resolve("repo"), a[2], URLDecoder.decode(a[3].replace("+", "%2B"), StandardCharsets.UTF_8)));
        }
        for (String sub : List.of("reread", "layer", "stored")) {
            Files.createDirectories(dir.resolve(sub).resolve("gold"));
            Files.createDirectories(dir.resolve("hidden").resolve(sub).resolve("gold"));
        }
        int pdfs = 0;
        int brokenDocs = 0;
        int brokenPages = 0;
        int pages = 0;
        int hiddenDocs = 0;
        int hiddenBroken = 0;
        int unreadable = 0;
        for (Attachment a : found) {
            byte[] bytes = show(a);
            if (bytes == null) {
                unresolved++;
                continue;
            }
            pdfs++;
            byte[] cut = firstPages(bytes, cutTo);
            String layer;
            StringBuilder verdicts = new StringBuilder();
            boolean broken = false;
            boolean scan;
            int docPages;
            try (PDDocument pdf = Loader.loadPDF(cut)) {
                LayerPages lp = LayerPages.of(pdf);
                scan = lp.text().strip().length() < 20;
                layer = new PDFTextStripper().getText(pdf);
                docPages = pdf.getNumberOfPages();
                for (String page : lp.pages()) {
                    VietnameseShare v = VietnameseShare.of(page);
                    pages++;
                    brokenPages += v.broken() && !scan ? 1 : 0;
                    broken |= v.broken() && !scan;
                    verdicts.append(String.format(Locale.ROOT, " %s(m%.2f k%.2f f%.2f n%d)", v.reason(), v.marked(), v.known(), v.foreign(), v.syllables()));
                }
            }
            brokenDocs += broken ? 1 : 0;
            boolean silent = !tuning || hidden.contains(a.name().replaceFirst("\\.txt$", ""));
            hiddenDocs += silent && tuning ? 1 : 0;
            hiddenBroken += silent && tuning && broken ? 1 : 0;
            if (!silent) {
                System.out.println((broken ? "BROKEN " : scan ? "scan   " : "good   ") + a.name() + verdicts);
            }
            if (scansOnly ? !scan : !broken && !all) {
                continue;
            }
            String reread;
            try {
                long start = System.nanoTime();
                reread = Readers.read(cut);
                if (scan) {
                    double s = (System.nanoTime() - start) / 1e9 / Math.max(1, docPages);
                    secondsPerPage.add(s);
                    if (!silent) {
                        System.out.printf(Locale.ROOT, "  %.1f s/page%n", s);
                    }
                }
            } catch (ImportException e) {
                unreadable++;
                continue;
            }
            if (layer.strip().length() < 20) {
                layer = reread; // a PDF without a layer is OCR'd whole, as before
            }
            Path base = silent && tuning ? dir.resolve("hidden") : dir;
            write(base.resolve("reread"), a.name(), reread, part);
            write(base.resolve("layer"), a.name(), layer, part);
            write(base.resolve("stored"), a.name(), Files.readString(CorpusScore.CORPUS.resolve(part).resolve(a.name())), part);
        }
        System.out.printf(Locale.ROOT, "part %s: %d PDF attachments read (%d unresolved), %d pages, %d broken pages, %d documents with a broken layer"
                + " (%d of them unreadable by the readers)%n", part, pdfs, unresolved, pages, brokenPages, brokenDocs, unreadable);
        if (!secondsPerPage.isEmpty()) {
            List<Double> t = secondsPerPage.stream().sorted().toList();
            System.out.printf(Locale.ROOT, "OCR seconds per page over %d scans: min %.1f median %.1f max %.1f%n", t.size(), t.get(0),
                    t.get(t.size() / 2), t.get(t.size() - 1));
        }
        if (hiddenDocs > 0) {
            System.out.printf(Locale.ROOT, "of them %d in check sets (%d with a broken layer): no lines, scored apart under %s%n",
                    hiddenDocs, hiddenBroken, dir.resolve("hidden"));
        }
        score(dir, false);
        score(dir.resolve("hidden"), false);
    }

    /** The names of check-set documents (files named by {@code -Dhide=a.names,b.names}): never a line of their own. */
    private static Set<String> hidden() throws IOException {
        Set<String> names = new HashSet<>();
        for (String file : System.getProperty("hide", "").split(",")) {
            if (!file.isBlank()) {
                Files.readAllLines(Path.of(file)).forEach(n -> names.add(n.strip().replaceFirst("\\.(txt|json)$", "")));
            }
        }
        return names;
    }

    /** The aggregate of stored, layer and re-read texts; per-document lines only when asked (tuning parts). */
    private static void score(Path dir, boolean perDocument) throws IOException, InterruptedException {
        for (String sub : List.of("stored", "layer", "reread")) {
            if (!Files.isDirectory(dir.resolve(sub)) || CorpusScore.texts(dir.resolve(sub)).isEmpty()) {
                continue;
            }
            CorpusScore.Result r = CorpusScore.score(dir.resolve(sub), perDocument);
            System.out.println("== " + dir.getFileName() + "/" + sub + " " + String.format(Locale.ROOT, "%.3f", r.overall()) + "\n" + r.fieldTable());
        }
    }

    private static void write(Path dir, String name, String text, String part) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
        String gold = name.replaceFirst("\\.txt$", ".json");
        Path link = dir.resolve("gold").resolve(gold);
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, CorpusScore.CORPUS.resolve(part).resolve("gold").resolve(gold).toAbsolutePath());
    }

    private static byte[] show(Attachment a) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("git", "-C", a.gitDir().toString(), "show", a.commit() + ":" + a.path())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0 || out.length < 5 || out[0] != '%' || out[1] != 'P') {
            return null;
        }
        return out;
    }

    /** The PDF cut to its first {@code n} pages, as the collector's tool cut it. */
    static byte[] firstPages(byte[] bytes, int n) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            while (pdf.getNumberOfPages() > n) {
                pdf.removePage(pdf.getNumberOfPages() - 1);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            pdf.save(out);
            return out.toByteArray();
        }
    }
}
