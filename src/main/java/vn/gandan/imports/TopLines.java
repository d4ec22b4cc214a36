package vn.gandan.imports;

import java.util.function.Predicate;
import java.util.function.UnaryOperator;

/**
 * A text's first lines, where its header stands, rewritten one line at a time by a header mender ({@link ScanHeaderLines},
 * {@link HeaderLandmarks}); the rest of the text is kept as it is.
 */
final class TopLines {

    private TopLines() {
    }

    /**
     * The text with each of its first {@code top} lines rewritten by {@code line}, when those lines together pass {@code when};
     * the same object when they do not, or no line changed.
     */
    static CharSequence mapped(CharSequence text, int top, Predicate<String> when, UnaryOperator<String> line) {
        int end = headEnd(text, top);
        String head = text.subSequence(0, end).toString();
        if (!when.test(head)) {
            return text;
        }
        String[] lines = head.split("\n", -1);
        boolean changed = false;
        for (int i = 0; i < lines.length; i++) {
            String l = lines[i];
            String m = line.apply(l);
            if (!m.equals(l)) {
                lines[i] = m;
                changed = true;
            }
        }
        return changed ? joined(String.join("\n", lines), text, end) : text;
    }

    /**
     * Where the first {@code top} lines end: the index of the line break closing line {@code top}, or the text's length. Read
     * from the characters, so a large text is never copied whole to find its header (the import's heap budget).
     */
    static int headEnd(CharSequence text, int top) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n' && ++lines == top) {
                return i;
            }
        }
        return text.length();
    }

    /** A rewritten head followed by the text's rest from {@code end} (its line break included). */
    static String joined(String head, CharSequence text, int end) {
        return new StringBuilder(head.length() + text.length() - end).append(head).append(text, end, text.length()).toString();
    }
}
