package vn.gandan.imports;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import vn.gandan.shared.Texts;

/** Plain-text decoding: BOM (UTF-8, UTF-16 LE/BE), strict UTF-8, else legacy TCVN3/VNI bytes, else Windows-1258; NFC. */
final class TextReader {

    private TextReader() {
    }

    static String decode(byte[] b) {
        String s;
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            s = new String(b, 3, b.length - 3, StandardCharsets.UTF_8);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        } else if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
            s = new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        } else if (utf16WithoutBom(b) != null) {
            s = new String(b, utf16WithoutBom(b));
        } else {
            if (validUtf8(b)) {
                s = new String(b, StandardCharsets.UTF_8); // checked first: no decoder buffer beside the string
            } else {
                String latin = new String(b, StandardCharsets.ISO_8859_1);
                s = LegacyFonts.detect(latin) != LegacyFonts.Encoding.UNICODE ? LegacyFonts.toUnicode(latin)
                        : new String(b, Charset.forName("windows-1258"));
            }
        }
        if (s.indexOf('\r') >= 0) {
            s = s.replace("\r\n", "\n").replace('\r', '\n');
        }
        return Texts.nfc(unescapeBreaks(s));
    }

    /**
     * UTF-16 saved without a byte order mark (session 21: refused as binary): most characters of a Vietnamese text are
     * ASCII letters, digits and spaces, whose high byte is zero — zero bytes in nearly every other position, and (almost)
     * none in the others. Null when the bytes do not look so.
     */
    static Charset utf16WithoutBom(byte[] b) {
        int n = Math.min(b.length, 8192) & ~1;
        if (n < 64) {
            return null; // too short to tell from a binary header
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < n; i += 2) {
            evenZeros += b[i] == 0 ? 1 : 0;
            oddZeros += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        Charset cs = oddZeros * 10 >= pairs * 3 && evenZeros * 50 <= pairs ? StandardCharsets.UTF_16LE
                : evenZeros * 10 >= pairs * 3 && oddZeros * 50 <= pairs ? StandardCharsets.UTF_16BE : null;
        if (cs == null) {
            return null;
        }
        String head = new String(b, 0, n, cs);
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c) || c == '\uFFFD') {
                return null; // a control character or an unpaired half: not text
            }
        }
        return cs;
    }

    /** The line break a legal library wrote out as the four characters {@code \r\n} (s19: a page's source copied as text). */
    private static final byte[] ESCAPED_BREAK_BYTES = "\\r\\n".getBytes(StandardCharsets.US_ASCII);
    /** Fewer escaped breaks than this are quoted text (a program's source cited in a document), not the text's own line breaks. */
    private static final int ESCAPED_BREAKS_MIN = 3;

    /**
     * Session 19: a text whose line breaks arrive escaped ({@code \r\n} written out, a library's page source kept as text)
     * read with real line breaks, so that every field sees the lines the document has (its title had been read as
     * "\r\n\r\n…"); the same repair the extractor applies to the text it is given ({@link FieldRepairs#unescaped}).
     */
    static String unescapeBreaks(String s) {
        return FieldRepairs.unescaped(s).toString();
    }

    /** Whether the bytes hold escaped line breaks ({@link #unescapeBreaks}): such a text is read by {@link #decode}, not compact. */
    static boolean escapedBreaks(byte[] b, int from) {
        int n = 0;
        outer:
        for (int i = from; i + ESCAPED_BREAK_BYTES.length <= b.length; i++) {
            for (int k = 0; k < ESCAPED_BREAK_BYTES.length; k++) {
                if (b[i + k] != ESCAPED_BREAK_BYTES[k]) {
                    continue outer;
                }
            }
            if (++n >= ESCAPED_BREAKS_MIN) {
                return true;
            }
            i += ESCAPED_BREAK_BYTES.length - 1;
        }
        return false;
    }

    /** Strict UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF), checked without allocating. */
    static boolean validUtf8(byte[] b) {
        return validUtf8(b, 0);
    }

    static boolean validUtf8(byte[] b, int from) {
        int i = from;
        while (i < b.length) {
            int c = b[i] & 0xff;
            int n = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2 : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
            if (n < 0 || i + n >= b.length) {
                return false;
            }
            for (int k = 1; k <= n; k++) {
                if ((b[i + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            if (n == 2 && (c == 0xE0 && (b[i + 1] & 0xff) < 0xA0 || c == 0xED && (b[i + 1] & 0xff) > 0x9F)
                    || n == 3 && (c == 0xF0 && (b[i + 1] & 0xff) < 0x90 || c == 0xF4 && (b[i + 1] & 0xff) > 0x8F)) {
                return false;
            }
            i += n + 1;
        }
        return true;
    }

    /**
     * A plain UTF-8 text (with or without a byte order mark) read straight from its bytes ({@link Utf8Text}: an index
     * of lines, each decoded when asked for): the form a large file is read in, with no copy of its text beside the
     * bytes. Null when the bytes are not strict UTF-8, not NFC or in a legacy font encoding: then {@link #decode}
     * reads them. NFC and the legacy fonts are checked line by line (a line break composes with nothing).
     */
    static Utf8Text compact(byte[] b) {
        int from = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        if (!validUtf8(b, from) || escapedBreaks(b, from) || from == 0 && utf16WithoutBom(b) != null) {
            return null;
        }
        Utf8Text text = new Utf8Text(b, from);
        int[] counts = new int[3];
        for (int i = 0; i < text.size(); i++) {
            String line = text.slice(i);
            if (!Normalizer.isNormalized(line, Normalizer.Form.NFC)) {
                return null;
            }
            LegacyFonts.count(line, counts);
        }
        return LegacyFonts.decide(counts) == LegacyFonts.Encoding.UNICODE ? text : null;
    }

    /** The characters {@code Texts.nfc} removes (control characters but tab and line breaks, bidi and zero-width marks, BOM). */
    static boolean hidden(char c) {
        if (c >= 0x20 && c < 0x7F || c >= 0xA0 && c < 0x200B) {
            return false; // most characters, tested first
        }
        return c <= 0x1F && c != '\t' && c != '\n' && c != '\r' || c >= 0x7F && c <= 0x9F || c == '\u200B' || c == '\u200E'
                || c == '\u200F' || c >= '\u202A' && c <= '\u202E' || c == '\u2060' || c >= '\u2066' && c <= '\u2069' || c == '\uFEFF';
    }
}
