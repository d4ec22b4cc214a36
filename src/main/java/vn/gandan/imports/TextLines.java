package vn.gandan.imports;

import java.util.List;
import vn.gandan.shared.Texts;

/**
 * A document's text as raw lines (spacing kept, for column layouts), trimmed lines, paragraphs (lines broken by a
 * page or a copy joined again) and the paragraphs joined as one text. The text is held once, by its {@link LineSource}
 * (a .txt file's own bytes, or the characters another reader gave); lines and paragraphs are views ({@link LineView})
 * that make a line's string (markup removed, see {@link LineCleaning}) when asked for, over the source's line index
 * and the paragraph spans of {@link ParagraphIndex}, so a 20 MB file is not copied again (see docs/imports.md).
 */
final class TextLines {

    private final LineSource source;
    private int closing = -1;

    final List<String> raw;
    final List<String> lines;
    final List<String> paras;
    final CharSequence joined;

    TextLines(CharSequence input) {
        source = LineSource.of(input);
        raw = new LineView(source.size(), this::rawLine);
        lines = new LineView(source.size(), this::line);
        ParagraphIndex index = new ParagraphIndex(this);
        paras = new LineView(index.size(), index::paragraph);
        joined = new JoinedText(index);
    }

    int size() {
        return source.size();
    }

    /** Line {@code i} as it stands in the source (markup not removed). */
    String slice(int i) {
        return source.slice(i);
    }

    String rawLine(int i) {
        String l = source.slice(i);
        return LineCleaning.dirty(l, 0, l.length()) ? LineCleaning.raw(l) : l.stripTrailing();
    }

    String line(int i) {
        return LineCleaning.trimmed(rawLine(i));
    }

    /** First line of the closing part (after the last "./." or the "Nơi nhận" line); found once. */
    int closingStart() {
        if (closing < 0) {
            closing = Closing.start(this);
        }
        return closing;
    }

    String head(int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(from, 0); i < Math.min(size(), Math.max(from, 0) + n); i++) {
            sb.append(lines.get(i)).append(' ');
        }
        return sb.toString();
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

    /** {@code Texts.fold(line).startsWith(prefix)}, folding only the line's first characters. */
    static boolean startsFolded(String line, String prefix) {
        int n = prefix.length() * 3;
        return Texts.fold(line.length() > n ? line.substring(0, n) : line).startsWith(prefix);
    }
}
