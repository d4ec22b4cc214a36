package vn.gandan.imports;

/**
 * Decodes strict UTF-8 one unit at a time into the characters of the text {@link Utf8Text} stands for: a code point
 * gives one character (two for a supplementary one, none for a hidden character), "\r\n" gives one "\n" (the "\r"
 * none) and a lone "\r" gives "\n". The last unit decoded is in {@link #chars}, {@link #c0} and {@link #c1}.
 */
final class Utf8Units {

    private final byte[] b;
    int chars;
    char c0;
    char c1;

    Utf8Units(byte[] b) {
        this.b = b;
    }

    /** Decodes the unit at byte {@code p}; returns how many bytes it takes. */
    int at(int p) {
        int x = b[p] & 0xff;
        if (x == '\r') {
            boolean pair = p + 1 < b.length && b[p + 1] == '\n';
            return put(pair ? -1 : '\n', 1);
        }
        if (x < 0x80) {
            return put(x, 1);
        }
        if (x < 0xE0) {
            return put((x & 0x1F) << 6 | b[p + 1] & 0x3F, 2);
        }
        if (x < 0xF0) {
            return put((x & 0x0F) << 12 | (b[p + 1] & 0x3F) << 6 | b[p + 2] & 0x3F, 3);
        }
        return put((x & 0x07) << 18 | (b[p + 1] & 0x3F) << 12 | (b[p + 2] & 0x3F) << 6 | b[p + 3] & 0x3F, 4);
    }

    private int put(int cp, int bytes) {
        if (cp < 0 || cp < 0x10000 && TextReader.hidden((char) cp)) {
            chars = 0;
        } else if (cp >= 0x10000) {
            chars = 2;
            c0 = Character.highSurrogate(cp);
            c1 = Character.lowSurrogate(cp);
        } else {
            chars = 1;
            c0 = (char) cp;
        }
        return bytes;
    }
}
