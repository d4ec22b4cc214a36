package vn.gandan.imports;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import vn.gandan.shared.Texts;

/**
 * A document's text as raw lines (spacing kept, for column layouts), trimmed lines, paragraphs (lines broken by a
 * page or a copy joined again) and the paragraphs joined as one text. The text is held once; lines and paragraphs are
 * views that make a line's string (markup removed, see {@link LineCleaning}) when asked for, over an index of line
 * starts and paragraph spans, so a 20 MB file is not copied again line by line (see docs/imports.md, memory).
 */
final class TextLines {

    private final CharSequence text;
    /** Start of each line in {@link #text}; one more entry: the text's length + 1. */
    private final int[] starts;
    private final int count;
    private final ParagraphIndex index;
    private int closing = -1;

    final List<String> raw = new View(true);
    final List<String> lines = new View(false);
    final List<String> paras;
    final CharSequence joined;

    TextLines(CharSequence input) {
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
        index = new ParagraphIndex(this);
        paras = index.paragraphs();
        joined = new JoinedText(index);
    }

    /** NFC, hidden characters removed, line ends as "\n"; a text already so (as {@link Readers#text} gives) is kept as is. */
    private static CharSequence prepared(CharSequence input) {
        if (input instanceof Chars c && java.text.Normalizer.isNormalized(c, java.text.Normalizer.Form.NFC)) {
            return c;
        }
        String s = Texts.nfc(input.toString());
        return s.indexOf('\r') >= 0 ? s.replace("\r\n", "\n").replace('\r', '\n') : s;
    }

    int size() {
        return count;
    }

    /** Whether line {@code i} needs markup removed (else its characters in the text are the line). */
    boolean dirty(int i) {
        return LineCleaning.dirty(text, starts[i], starts[i + 1] - 1);
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return starts[i + 1] - 1;
    }

    char charAt(int pos) {
        return text.charAt(pos);
    }

    String rawLine(int i) {
        String l = Chars.slice(text, starts[i], starts[i + 1] - 1);
        return dirty(i) ? LineCleaning.raw(l) : l.stripTrailing();
    }

    String line(int i) {
        return LineCleaning.trimmed(rawLine(i));
    }

    /** Lines by index, made when asked for. */
    private final class View extends AbstractList<String> implements RandomAccess {
        private final boolean rawForm;

        View(boolean rawForm) {
            this.rawForm = rawForm;
        }

        @Override
        public String get(int i) {
            if (i < 0 || i >= count) {
                throw new IndexOutOfBoundsException(i);
            }
            return rawForm ? rawLine(i) : line(i);
        }

        @Override
        public int size() {
            return count;
        }
    }

    static boolean isUpper(String s) {
        boolean letter = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) {
                letter = true;
                if (Character.isLowerCase(c)) {
                    return false;
                }
            }
        }
        return letter;
    }

    /** First line of the closing part (after the last "./." or the "Nơi nhận" line); found once. */
    int closingStart() {
        if (closing < 0) {
            closing = findClosing();
        }
        return closing;
    }

    private int findClosing() {
        for (int i = count - 1; i >= 0; i--) {
            if (lines.get(i).contains("./.")) {
                return i + 1;
            }
        }
        for (int i = 0; i < count; i++) {
            if (startsFolded(lines.get(i), "noi nhan")) {
                return i;
            }
        }
        return count;
    }

    /** {@code Texts.fold(line).startsWith(prefix)}, folding only the line's first characters. */
    static boolean startsFolded(String line, String prefix) {
        int n = prefix.length() * 3;
        return Texts.fold(line.length() > n ? line.substring(0, n) : line).startsWith(prefix);
    }

    String head(int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(from, 0); i < Math.min(count, Math.max(from, 0) + n); i++) {
            sb.append(lines.get(i)).append(' ');
        }
        return sb.toString();
    }
}
