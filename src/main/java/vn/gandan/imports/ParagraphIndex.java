package vn.gandan.imports;

import java.util.Arrays;

/**
 * Paragraphs of a {@link TextLines} as spans of lines, found in one pass without copying a line that carries no
 * markup: a line joins the paragraph above when it goes on in lower case after a line that does not end a sentence
 * (empty lines in between are skipped). A one-line paragraph is the line itself.
 */
final class ParagraphIndex {

    private static final String ENDS = ".;:!?”\")";

    private final TextLines d;
    private int[] first = new int[256];
    private int[] last = new int[256];
    /** Length of each paragraph's text (its lines joined by one space). */
    private int[] length = new int[256];
    private int count;
    private int factFirst;
    private int factLength;
    private char factLast;

    ParagraphIndex(TextLines d) {
        this.d = d;
        char end = '.';
        for (int i = 0; i < d.size(); i++) {
            if (!facts(i)) {
                continue;
            }
            if (count > 0 && ENDS.indexOf(end) < 0 && Character.isLowerCase(factFirst)) {
                last[count - 1] = i;
                length[count - 1] += 1 + factLength;
            } else {
                add(i, factLength);
            }
            end = factLast;
        }
    }

    private void add(int line, int len) {
        if (count == first.length) {
            first = Arrays.copyOf(first, count * 2);
            last = Arrays.copyOf(last, count * 2);
            length = Arrays.copyOf(length, count * 2);
        }
        first[count] = line;
        last[count] = line;
        length[count++] = len;
    }

    /** Sets the line's first code point, trimmed length and last char; false for an empty line. */
    private boolean facts(int i) {
        String s = d.slice(i);
        if (LineCleaning.dirty(s, 0, s.length())) {
            String l = d.line(i);
            return !l.isEmpty() && facts(l.codePointAt(0), l.length(), l.charAt(l.length() - 1));
        }
        int a = 0;
        int b = s.length();
        while (a < b && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (b > a && Character.isWhitespace(s.charAt(b - 1))) {
            b--;
        }
        if (a == b) {
            return false;
        }
        int len = 0;
        for (int k = a; k < b; k++) {
            len += s.charAt(k) == ' ' && k > a && s.charAt(k - 1) == ' ' ? 0 : 1;
        }
        return facts(s.codePointAt(a), len, s.charAt(b - 1));
    }

    private boolean facts(int firstCp, int len, char lastChar) {
        factFirst = firstCp;
        factLength = len;
        factLast = lastChar;
        return true;
    }

    int size() {
        return count;
    }

    int length(int k) {
        return length[k];
    }

    String paragraph(int k) {
        if (first[k] == last[k]) {
            return d.line(first[k]);
        }
        StringBuilder sb = new StringBuilder(length[k]);
        for (int i = first[k]; i <= last[k]; i++) {
            String l = d.line(i);
            if (!l.isEmpty()) {
                sb.append(sb.length() > 0 ? " " : "").append(l);
            }
        }
        return sb.toString();
    }
}
