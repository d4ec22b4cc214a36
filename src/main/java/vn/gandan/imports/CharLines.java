package vn.gandan.imports;

import java.util.Arrays;
import vn.gandan.shared.Texts;

/** The lines of a text held as characters, over an index of line starts (the text is not copied line by line). */
final class CharLines implements LineSource {

    private final CharSequence text;
    /** Start of each line in {@link #text}; one more entry: the text's length + 1. */
    private final int[] starts;
    private final int count;

    CharLines(CharSequence input) {
        text = prepared(input);
        int[] s = new int[1024];
        int n = 0;
        s[n++] = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                s = n == s.length ? Arrays.copyOf(s, n * 2) : s;
                s[n++] = i + 1;
            }
        }
        s = n == s.length ? Arrays.copyOf(s, n + 1) : s;
        s[n] = text.length() + 1;
        starts = s;
        count = n;
    }

    /** NFC, hidden characters removed, line ends as "\n". */
    private static CharSequence prepared(CharSequence input) {
        String s = Texts.nfc(input.toString());
        return s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    @Override
    public int size() {
        return count;
    }

    @Override
    public String slice(int i) {
        int a = starts[i];
        int b = starts[i + 1] - 1;
        return text instanceof String s ? s.substring(a, b) : text.subSequence(a, b).toString();
    }
}
