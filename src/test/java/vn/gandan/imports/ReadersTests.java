package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Text readers: encodings, legacy Vietnamese fonts, NFC, and inputs that must be refused. */
class ReadersTests {

    private static final String PHRASE = "Kế hoạch thực hiện công tác dân vận năm 2025 của Đảng ủy";

    @Test
    void tcvn3TextIsDetectedAndConvertedToUnicode() {
        String tcvn3 = "KÕ ho¹ch thùc hiÖn c«ng t¸c d©n vËn n¨m 2025 cña §¶ng ñy";
        assertThat(LegacyFonts.detect(tcvn3)).isEqualTo(LegacyFonts.Encoding.TCVN3);
        assertThat(LegacyFonts.toUnicode(tcvn3)).isEqualTo(PHRASE);
        // the same bytes in a .txt file
        assertThat(Readers.read(tcvn3.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(PHRASE);
    }

    @Test
    void vniTextIsDetectedAndConvertedToUnicode() {
        String vni = "Keá hoaïch thöïc hieän coâng taùc daân vaän naêm 2025 cuûa Ñaûng uûy";
        assertThat(LegacyFonts.detect(vni)).isEqualTo(LegacyFonts.Encoding.VNI);
        assertThat(LegacyFonts.toUnicode(vni)).isEqualTo(PHRASE);
        assertThat(Readers.read(vni.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo(PHRASE);
    }

    @Test
    void unicodeTextIsLeftAloneEvenWithLatinLetters() {
        assertThat(LegacyFonts.detect(PHRASE + " café")).isEqualTo(LegacyFonts.Encoding.UNICODE);
        assertThat(LegacyFonts.toUnicode(PHRASE)).isEqualTo(PHRASE);
    }

    @Test
    void utf8Utf16AndWindows1258AllDecodeToTheSameNfcText() {
        byte[] bom8 = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, PHRASE.getBytes(StandardCharsets.UTF_8));
        byte[] le = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, PHRASE.getBytes(StandardCharsets.UTF_16LE));
        byte[] be = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, PHRASE.getBytes(StandardCharsets.UTF_16BE));
        String decomposed = Normalizer.normalize(PHRASE, Normalizer.Form.NFD);
        for (byte[] b : new byte[][] {bom8, le, be, decomposed.getBytes(StandardCharsets.UTF_8)}) {
            assertThat(Readers.read(b)).isEqualTo(PHRASE);
        }
        // Windows-1258 as Word writes it: base letters with shape (ê ô Đ) precomposed, tone marks combining
        byte[] w1258 = {'K', (byte) 0xEA, (byte) 0xEC, ' ', 'c', (byte) 0xF4, 'n', 'g', ' ', (byte) 0xD0, 'a',
            (byte) 0xD2, 'n', 'g'};
        assertThat(Readers.read(w1258)).isEqualTo("Kế công Đảng");
        assertThat(new String(w1258, Charset.forName("windows-1258"))).isNotEqualTo("Kế công Đảng"); // not NFC yet
    }

    @Test
    void lineBreaksWrittenOutAsBackslashRBackslashNAreReadAsLineBreaksInEveryReader() {
        String escaped = "\\r\\n ỦY BAN NHÂN DÂN | \\r\\n Số: 54/KH-UBND \\r\\n\\r\\nThực hiện Quyết định số 1896/QĐ-TTg\\r\\nngày 25/12/2019";
        String lines = "\n ỦY BAN NHÂN DÂN | \n Số: 54/KH-UBND \n\nThực hiện Quyết định số 1896/QĐ-TTg\nngày 25/12/2019";
        byte[] utf8 = escaped.getBytes(StandardCharsets.UTF_8);
        assertThat(Readers.read(utf8)).isEqualTo(lines);
        assertThat(Readers.text(utf8).toString()).isEqualTo(lines); // not the compact form: that would keep the escapes
        // a document quoting the escape once or twice (a program's source) keeps it
        String quoted = "Chuỗi \\r\\n là dấu xuống dòng của Windows.";
        assertThat(Readers.text(quoted.getBytes(StandardCharsets.UTF_8)).toString()).isEqualTo(quoted);
    }

    @Test
    void utf16SavedWithoutAByteOrderMarkIsReadNotRefusedAsBinary() {
        String plan = PHRASE + "\nSố: 15/KH-PGDĐT\nPhú Giáo, ngày 10 tháng 9 năm 2025\nKẾ HOẠCH";
        assertThat(Readers.read(plan.getBytes(StandardCharsets.UTF_16LE))).isEqualTo(plan);
        assertThat(Readers.read(plan.getBytes(StandardCharsets.UTF_16BE))).isEqualTo(plan);
        assertThat(Readers.text(plan.getBytes(StandardCharsets.UTF_16LE)).toString()).isEqualTo(plan);
        assertThat(Readers.type(plan.getBytes(StandardCharsets.UTF_16LE))).isEqualTo("TXT");
        // an executable's zeros fall on both byte positions: still binary
        byte[] elf = {0x7F, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3E, 0, 1, 0, 0, 0};
        assertThat(Readers.type(elf)).isNull();
        assertThat(Readers.type(new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2})).isNull();
        byte[] pairs = new byte[256]; // zeros in every other byte but not text: control characters
        for (int i = 0; i < pairs.length; i += 2) {
            pairs[i] = (byte) (i % 7 + 1);
        }
        assertThat(Readers.type(pairs)).isNull();
    }

    @Test
    void binaryContentIsRefusedWith415WhateverTheName() {
        assertThatThrownBy(() -> Readers.read(new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2, 3}))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.status).isEqualTo(415));
    }

    @Test
    void emptyOrBlankTextIsRefusedWith422() {
        assertThatThrownBy(() -> Readers.read("  \n\n ".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(ImportException.class, e -> assertThat(e.status).isEqualTo(422));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = new byte[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
