package vn.gandan.imports;

import java.util.Arrays;

/**
 * A plain .txt file's text read straight from its own UTF-8 bytes (no copy of the text as characters): an index of
 * line starts, and a line decoded only when asked for. The text it stands for is the one {@link TextReader#decode}
 * gives: byte order mark dropped, line ends ({@code \r\n}, {@code \r}) as "\n", hidden characters removed. As a
 * {@link CharSequence} it walks the bytes from the nearest of its checkpoints (one per {@value #STEP} characters), so
 * reading it in order is cheap; it keeps a cursor, so one thread reads it at a time.
 */
final class Utf8Text implements CharSequence, LineSource {

    private static final int STEP = 4096;

    private final byte[] b;
    private final int length;
    /** Byte offset where each line starts; one more entry: where a line after the last would start. */
    private final int[] starts;
    private final int lines;
    /** Character index and byte offset of the step the character {@code k * STEP} lies in. */
    private final int[] stepChar;
    private final int[] stepByte;
    private final Utf8Units u;
    private int curChar;
    private int curByte;
    /** The line decoded last (a step often asks for a line's raw and trimmed form in turn). */
    private int lastLine = -1;
    private String lastText;
    /** Where lines are decoded (UTF-8 never has fewer bytes than UTF-16 characters). */
    private char[] buffer = new char[256];

    /** Over strict UTF-8 bytes (see {@link TextReader#validUtf8}) from {@code from}, the byte order mark skipped. */
    Utf8Text(byte[] bytes, int from) {
        b = bytes;
        u = new Utf8Units(bytes);
        int[] s = new int[1024];
        int[] kc = new int[bytes.length / STEP + 2];
        int[] kb = new int[kc.length];
        int n = 0;
        int k = 0;
        int c = 0;
        s[n++] = from;
        for (int p = from; p < bytes.length; ) {
            int used = u.at(p);
            while ((long) k * STEP < c + u.chars) {
                kc[k] = c;
                kb[k++] = p;
            }
            p += used;
            c += u.chars;
            if (u.chars == 1 && u.c0 == '\n') {
                s = n == s.length ? Arrays.copyOf(s, n * 2) : s;
                s[n++] = p;
            }
        }
        starts = Arrays.copyOf(s, n + 1);
        starts[n] = bytes.length + 1;
        lines = n;
        length = c;
        stepChar = Arrays.copyOf(kc, Math.max(k, 1));
        stepByte = Arrays.copyOf(kb, Math.max(k, 1));
        curByte = from;
        stepByte[0] = k == 0 ? from : stepByte[0];
    }

    @Override
    public int size() {
        return lines;
    }

    @Override
    public String slice(int i) {
        if (i != lastLine) {
            lastText = decode(i);
            lastLine = i;
        }
        return lastText;
    }

    /**
     * Decodes line {@code i} in one walk over its bytes with the decoder the index was built with (hidden characters
     * dropped as they come), into a buffer kept for the next line: one string made, no second scan for hidden ones.
     */
    private String decode(int i) {
        int a = starts[i];
        int next = starts[i + 1];
        int e = i + 1 == lines ? b.length : b[next - 1] == '\n' && next - 2 >= a && b[next - 2] == '\r' ? next - 2 : next - 1;
        if (buffer.length < e - a) {
            buffer = new char[Math.max(e - a, buffer.length * 2)];
        }
        int n = 0;
        for (int p = a; p < e; ) {
            p += u.at(p);
            if (u.chars > 0) {
                buffer[n++] = u.c0;
                if (u.chars == 2) {
                    buffer[n++] = u.c1;
                }
            }
        }
        return new String(buffer, 0, n);
    }

    @Override
    public int length() {
        return length;
    }

    @Override
    public char charAt(int i) {
        if (i < 0 || i >= length) {
            throw new IndexOutOfBoundsException(i);
        }
        if (i < curChar || i - curChar > STEP) {
            curChar = stepChar[i / STEP];
            curByte = stepByte[i / STEP];
        }
        while (true) {
            int used = u.at(curByte);
            if (i < curChar + u.chars) {
                return i == curChar ? u.c0 : u.c1;
            }
            curChar += u.chars;
            curByte += used;
        }
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length || start > end) {
            throw new IndexOutOfBoundsException(start + ".." + end);
        }
        StringBuilder sb = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            sb.append(charAt(i));
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return subSequence(0, length).toString();
    }
}
