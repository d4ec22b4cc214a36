package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.gandan.legal.CitationParser;
import vn.gandan.shared.Texts;

/**
 * The compact reading path (issue 13, item 6) reads the same text as the String path it replaces: a .txt read into
 * one char array, lines and paragraphs as views over it, the joined text searched without being made, and citations
 * read only where a paragraph may cite; checked on every seed and corpus document and on edge cases.
 */
class CompactTextTests {

    private static final Pattern MARKUP = Pattern.compile("\\[bookmark:[^\\]]*]|<sup>.*?</sup>|\\*+|(?m)^\\s*#+\\s*");
    private static final Pattern TAGS = Pattern.compile("</?(?:b|i|u|em|strong|span|div|p|br|font|a|td|tr|table|tbody|h\\d)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    @Test
    void compactReadingGivesTheSameTextAsTheStringPath() {
        for (String s : List.of("a\r\nb\rc\n", "\uFEFFKế hoạch\u200B số 12", "Đ\u0000ảng\u202Eủy\t1\u0085x", "  \n\n")) {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            assertThat(TextReader.compact(b)).hasToString(TextReader.decode(b));
        }
        byte[] bom = ("\uFEFF" + "Kế hoạch\r\n").getBytes(StandardCharsets.UTF_8);
        assertThat(TextReader.compact(bom)).hasToString("Kế hoạch\n");
    }

    @Test
    void theBytesReadAsTextGiveEveryCharacterWhereverItIsAsked() {
        String unit = "Kế hoạch\r\nsố 12\u200B\rĐảng 𝐀 ủy\n\tdòng\u00a0";
        String s = unit.repeat(900); // more than two checkpoints
        byte[] b = ("\uFEFF" + s).getBytes(StandardCharsets.UTF_8);
        Utf8Text text = TextReader.compact(b);
        String expected = TextReader.decode(b);
        assertThat(text.length()).isEqualTo(expected.length());
        java.util.Random random = new java.util.Random(13);
        for (int k = 0; k < 5000; k++) {
            int i = random.nextInt(expected.length());
            assertThat(text.charAt(i)).as("char %d", i).isEqualTo(expected.charAt(i));
        }
        assertThat(text.subSequence(4000, 9000).toString()).isEqualTo(expected.substring(4000, 9000));
        List<String> lines = List.of(expected.split("\n", -1));
        assertThat(text.size()).isEqualTo(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            assertThat(text.slice(i)).isEqualTo(lines.get(i));
        }
    }

    @Test
    void textTheCompactPathCannotHoldGoesThroughTheStringPath() {
        assertThat(TextReader.compact("Ke\u0302\u0301 hoa\u0323ch".getBytes(StandardCharsets.UTF_8))).isNull(); // not NFC
        assertThat(TextReader.compact("KÕ ho¹ch thùc hiÖn c«ng t¸c".getBytes(StandardCharsets.UTF_8))).isNull(); // TCVN3
        assertThat(TextReader.compact(new byte[] {'a', (byte) 0xC3})).isNull(); // not UTF-8
        assertThat(Readers.text("Ke\u0302\u0301 hoa\u0323ch".getBytes(StandardCharsets.UTF_8))).hasToString("Kế hoạch");
    }

    @Test
    void aLargeWordFileIsReadFromATemporaryFileThatIsDeletedAfterwards() throws Exception {
        byte[] docx = BenchFiles.docx("KẾ HOẠCH\nThực hiện công tác dân vận năm 2025", OfficeReaders.IN_MEMORY_BYTES + 1000);
        long before = temporaryWordFiles();
        assertThat(Readers.text(docx).toString()).contains("KẾ HOẠCH\nThực hiện công tác dân vận năm 2025");
        assertThat(temporaryWordFiles()).isEqualTo(before);
    }

    private static long temporaryWordFiles() throws IOException {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().matches("import.*\\.docx")).count();
        }
    }

    @Test
    void linesAndParagraphsAreTheOnesTheWholeTextGives() throws IOException {
        for (String text : documents()) {
            Utf8Text compact = TextReader.compact(text.getBytes(StandardCharsets.UTF_8));
            if (compact == null) {
                continue; // a legacy font or decomposed text: read through the String path
            }
            TextLines d = new TextLines(compact);
            List<String> raw = referenceRaw(text);
            List<String> paras = referenceParagraphs(raw);
            assertThat(d.raw.stream().filter(l -> !l.isBlank()).toList()).isEqualTo(raw.stream().filter(l -> !l.isBlank()).toList());
            assertThat(d.paras).isEqualTo(paras);
            assertThat(d.joined.toString()).isEqualTo(String.join("\n", paras));
            int end = Math.min(40, d.joined.length());
            assertThat(d.joined.subSequence(1, end).toString()).isEqualTo(String.join("\n", paras).substring(1, end));
        }
    }

    @Test
    void citationsReadWhereParagraphsMayCiteAreThoseOfTheWholeText() throws IOException {
        for (String text : documents()) {
            TextLines d = new TextLines(text);
            assertThat(Bases.citations(d.paras)).isEqualTo(CitationParser.parseAll(d.joined.toString()));
        }
    }

    /** A kind's line ending in "số", its number on the next line and its issuer run on into a third: read as one text. */
    @Test
    void aCitationWhoseNumberStandsUnderItsKindLineIsReadWithTheLineAfterTheNumber() {
        TextLines d = new TextLines("Căn cứ Luật Tổ chức chính quyền địa phương;\nTheo đề nghị tại Tờ trình số\n"
                + "42/TTr-VPUB ngày 06/11/2018 của Chánh Văn phòng\nỦy ban nhân dân tỉnh,\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành quy chế.");
        assertThat(Bases.citations(d.paras)).isEqualTo(CitationParser.parseAll(d.joined.toString()))
                .extracting(c -> c.numberSymbol()).containsExactly("42/TTr-VPUB");
    }

    /** The markup removal and paragraph joining of the whole-text implementation this one replaced. */
    private static List<String> referenceRaw(String text) {
        String s = Texts.nfc(text).replace("\r\n", "\n").replace('\r', '\n');
        s = MARKUP.matcher(s).replaceAll("");
        s = TAGS.matcher(s).replaceAll("").replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        return Stream.of(s.split("\n", -1)).map(l -> FieldShapes.entities(l).replace('\u00a0', ' ').stripTrailing()).toList(); // entities: session 15
    }

    private static List<String> referenceParagraphs(List<String> raw) {
        List<String> out = new ArrayList<>();
        for (String r : raw) {
            String l = r.replaceAll(" {2,}", " ").strip();
            if (l.isEmpty()) {
                continue;
            }
            String prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && ".;:!?”\")".indexOf(prev.charAt(prev.length() - 1)) < 0 && Character.isLowerCase(l.codePointAt(0))) {
                out.set(out.size() - 1, prev + " " + l);
            } else {
                out.add(l);
            }
        }
        return out;
    }

    private static List<String> documents() throws IOException {
        List<String> out = new ArrayList<>(List.of("**Kế hoạch**  số&nbsp;12\n<b>I. MỤC ĐÍCH</b>\n- tiếp\nnối dòng\n\n# Tiêu đề",
                "a  b\u00a0 c\n\n\nd\ne;\nf"));
        for (String dir : List.of("src/test/resources/corpus/dev")) { // the held-out parts are only scored, never read
            try (Stream<Path> s = Files.list(Path.of(dir))) {
                for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(p));
                }
            }
        }
        for (String seed : BenchFiles.seeds()) {
            out.add(seed);
        }
        return out;
    }
}
