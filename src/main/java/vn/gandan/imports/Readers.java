package vn.gandan.imports;

import vn.gandan.shared.Texts;

/** Chooses a reader from the content (not the name) and returns NFC Unicode text, legacy fonts converted. */
final class Readers {

    private Readers() {
    }

    static String read(byte[] bytes) {
        String text;
        if (startsWith(bytes, '%', 'P', 'D', 'F')) {
            text = OfficeReaders.pdf(bytes);
        } else if (isOdt(bytes)) {
            text = OpenReaders.odt(bytes);
        } else if (startsWith(bytes, 'P', 'K', 3, 4)) {
            text = OfficeReaders.docx(bytes);
        } else if (startsWith(bytes, '{', '\\', 'r', 't', 'f')) {
            text = OpenReaders.rtf(bytes);
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            text = OfficeReaders.doc(bytes);
        } else if (HtmlReaders.isMht(bytes)) {
            text = HtmlReaders.mht(bytes);
        } else if (HtmlReaders.isHtml(bytes)) {
            text = HtmlReaders.html(bytes);
        } else if (Scans.isImage(bytes)) {
            text = Scans.image(bytes);
        } else if (looksBinary(bytes)) {
            throw new ImportException(415, "imports.unsupported");
        } else {
            text = TextReader.decode(bytes);
        }
        text = TextReader.unescapeBreaks(LegacyFonts.toUnicode(text)); // s19: line breaks written out as "\\r\\n", whatever the format
        if (text.isBlank()) {
            throw new ImportException(422, "imports.empty");
        }
        return Texts.nfc(text);
    }

    /**
     * The text as {@link #read} gives it; a plain UTF-8 .txt in its compact form ({@link TextReader#compact}: read
     * from the bytes, no copy of the text beside them), which is how a large text file stays within a few times its size in memory.
     */
    static CharSequence text(byte[] bytes) {
        Utf8Text compact = "TXT".equals(type(bytes)) ? TextReader.compact(bytes) : null;
        if (compact == null) {
            return read(bytes);
        }
        for (int i = 0; i < compact.length(); i++) {
            if (!Character.isWhitespace(compact.charAt(i))) {
                return compact;
            }
        }
        throw new ImportException(422, "imports.empty");
    }

    /** A short name of the type the content shows (PDF, DOCX, ODT, DOC, RTF, TXT), or null for anything else. */
    static String type(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "PDF";
        }
        if (isOdt(b)) {
            return "ODT";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "DOCX";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "DOC";
        }
        if (startsWith(b, '{', '\\', 'r', 't', 'f')) {
            return "RTF";
        }
        if (HtmlReaders.isMht(b)) {
            return "MHT";
        }
        if (HtmlReaders.isHtml(b)) {
            return "HTML";
        }
        if (Scans.isImage(b)) {
            return Scans.isPng(b) ? "PNG" : "JPEG";
        }
        return looksBinary(b) ? null : "TXT";
    }

    /** An OpenDocument text: its first entry is the uncompressed "mimetype" naming the type. */
    private static boolean isOdt(byte[] b) {
        if (!startsWith(b, 'P', 'K', 3, 4) || b.length < 90) {
            return false;
        }
        String head = new String(b, 30, Math.min(b.length - 30, 60), java.nio.charset.StandardCharsets.ISO_8859_1);
        return head.startsWith("mimetypeapplication/vnd.oasis.opendocument.text");
    }

    static boolean startsWith(byte[] b, int... sig) {
        if (b.length < sig.length) {
            return false;
        }
        for (int i = 0; i < sig.length; i++) {
            if ((b[i] & 0xff) != (sig[i] & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksBinary(byte[] b) {
        boolean utf16 = b.length >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE
                || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF);
        if (utf16 || TextReader.utf16WithoutBom(b) != null) {
            return false;
        }
        int n = Math.min(b.length, 8192);
        for (int i = 0; i < n; i++) {
            int c = b[i] & 0xff;
            if (c == 0 || (c < 0x09) || (c > 0x0D && c < 0x20 && c != 0x1B)) {
                return true;
            }
        }
        return false;
    }
}
