package vn.gandan.imports;

/**
 * A document's whole text as one char array (no second copy as a String): lines and paragraphs are taken from it as
 * short strings when asked for. Immutable once built.
 */
final class Chars implements CharSequence {

    private final char[] a;
    private final int from;
    private final int to;

    Chars(char[] a, int length) {
        this(a, 0, length);
    }

    private Chars(char[] a, int from, int to) {
        this.a = a;
        this.from = from;
        this.to = to;
    }

    @Override
    public int length() {
        return to - from;
    }

    @Override
    public char charAt(int i) {
        return a[from + i];
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length() || start > end) {
            throw new IndexOutOfBoundsException(start + ".." + end);
        }
        return new Chars(a, from + start, from + end);
    }

    @Override
    public String toString() {
        return new String(a, from, to - from);
    }

    /** The characters from {@code start} to {@code end} of any text as a string (no copy of the whole text). */
    static String slice(CharSequence s, int start, int end) {
        return s instanceof String str ? str.substring(start, end) : s.subSequence(start, end).toString();
    }
}
