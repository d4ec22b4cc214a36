package vn.gandan.imports;

import java.util.Arrays;

/**
 * The paragraphs of a document joined by "\n", as a text that regular expressions can search without the joined
 * string being made: each paragraph's string is made when the search reaches it (the last two are kept), and a
 * position is found by a binary search over the paragraphs' starts.
 */
final class JoinedText implements CharSequence {

    private final ParagraphIndex index;
    /** Where each paragraph starts in the joined text; one more entry: the length + 1. */
    private final int[] starts;
    private int k1 = -1;
    private String p1;
    private int k2 = -1;
    private String p2;

    JoinedText(ParagraphIndex index) {
        this.index = index;
        int n = index.size();
        starts = new int[n + 1];
        for (int k = 0; k < n; k++) {
            starts[k + 1] = starts[k] + index.length(k) + 1;
        }
    }

    @Override
    public int length() {
        return Math.max(starts[starts.length - 1] - 1, 0);
    }

    @Override
    public char charAt(int i) {
        if (i < 0 || i >= length()) {
            throw new IndexOutOfBoundsException(i);
        }
        int k = k1 >= 0 && i >= starts[k1] && i < starts[k1 + 1] ? k1 : locate(i);
        int at = i - starts[k];
        return at == index.length(k) ? '\n' : paragraph(k).charAt(at);
    }

    private int locate(int i) {
        int k = Arrays.binarySearch(starts, i);
        return k >= 0 ? k : -k - 2;
    }

    private String paragraph(int k) {
        if (k == k1) {
            return p1;
        }
        String p = k == k2 ? p2 : index.paragraph(k);
        k2 = k1;
        p2 = p1;
        k1 = k;
        p1 = p;
        return p;
    }

    @Override
    public CharSequence subSequence(int start, int end) {
        if (start < 0 || end > length() || start > end) {
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
        return subSequence(0, length()).toString();
    }
}
