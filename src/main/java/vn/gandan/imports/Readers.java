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
        } else if (startsWith(bytes, 'P', 'K', 3, 4)) {
            text = OfficeReaders.docx(bytes);
        } else if (startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            text = OfficeReaders.doc(bytes);
        } else if (looksBinary(bytes)) {
            throw new ImportException(415, "Định dạng tệp không được hỗ trợ");
        } else {
            text = TextReader.decode(bytes);
        }
        text = LegacyFonts.toUnicode(text);
        if (text.isBlank()) {
            throw new ImportException(422, "Tệp không có nội dung văn bản đọc được");
        }
        return Texts.nfc(text);
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
        if (utf16) {
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
