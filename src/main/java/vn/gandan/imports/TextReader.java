package vn.gandan.imports;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
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
        } else {
            try {
                s = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
            } catch (CharacterCodingException e) {
                String latin = new String(b, StandardCharsets.ISO_8859_1);
                s = LegacyFonts.detect(latin) != LegacyFonts.Encoding.UNICODE ? LegacyFonts.toUnicode(latin)
                        : new String(b, Charset.forName("windows-1258"));
            }
        }
        return Texts.nfc(s.replace("\r\n", "\n").replace('\r', '\n'));
    }
}
