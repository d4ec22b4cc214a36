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
        String s = text.toString();
        int end = 0;
        for (int i = 0; i < top && end >= 0; i++) {
            end = s.indexOf('\n', end + (i == 0 ? 0 : 1));
        }
        String head = end < 0 ? s : s.substring(0, end);
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
        if (!changed) {
            return text;
        }
        return String.join("\n", lines) + (end < 0 ? "" : s.substring(end));
    }
}
