package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

/**
 * Session 21 (import tried as a new user): every reason a file is refused comes from the message bundles in both
 * languages, names what is wrong with that file (a compressed bomb is not "not a Word document"), and never carries a
 * library's exception text.
 */
class ImportReaderReasonsTests {

    private static Properties bundle(String lang) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ImportReaderReasonsTests.class.getResourceAsStream("/i18n/imports_" + lang + ".properties")) {
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static ImportException refusal(byte[] bytes) {
        try {
            Readers.read(bytes);
        } catch (ImportException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }

    @Test
    void eachRefusalReasonIsAKeyOfBothBundlesAndItsMessageIsTheVietnameseText() throws IOException {
        Properties vi = bundle("vi");
        Properties en = bundle("en");
        ImportException[] refusals = {
            refusal(new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2, 3}),
            refusal(" \n ".getBytes(StandardCharsets.UTF_8)),
            refusal("%PDF-1.4 hỏng".getBytes(StandardCharsets.UTF_8)),
            refusal(zip("a.txt", "hello".getBytes(StandardCharsets.US_ASCII))),
        };
        for (ImportException e : refusals) {
            assertThat(vi.getProperty(e.key)).as(e.key).isNotBlank();
            assertThat(en.getProperty(e.key)).as(e.key).isNotBlank();
            assertThat(e.getMessage()).isEqualTo(vi.getProperty(e.key));
        }
        assertThat(Scans.MISSING).satisfies(k -> assertThat(vi.getProperty(k)).contains("Tesseract"));
    }

    @Test
    void theUnsupportedTypeMessageNamesEveryFormatTheReadersAccept() throws IOException {
        for (String lang : new String[] {"vi", "en"}) {
            String text = bundle(lang).getProperty("imports.unsupported") + bundle(lang).getProperty("imports.types");
            for (String ext : new String[] {".txt", ".docx", ".doc", ".odt", ".rtf", ".pdf", ".html", ".htm", ".mht", ".png", ".jpg"}) {
                assertThat(text.toLowerCase(Locale.ROOT)).as(lang + " " + ext).containsPattern(java.util.regex.Pattern.quote(ext) + "[,);. ]");
            }
        }
    }

    @Test
    void aWordFileThatInflatesToHundredsOfMegabytesIsRefusedAsABombNotAsAnotherType() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>").getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            byte[] spaces = new byte[1 << 20];
            java.util.Arrays.fill(spaces, (byte) ' ');
            for (int i = 0; i < 300; i++) {
                zip.write(spaces);
            }
        }
        byte[] bomb = out.toByteArray();
        assertThat(bomb.length).isLessThan(1_000_000);
        ImportException e = refusal(bomb);
        assertThat(e.status).isEqualTo(422);
        assertThat(e.key).isEqualTo("imports.reader.zipBomb");
    }

    private static byte[] zip(String name, byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        }
        return out.toByteArray();
    }
}
