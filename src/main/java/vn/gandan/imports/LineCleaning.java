package vn.gandan.imports;

import java.util.regex.Pattern;

/**
 * Markup removed from one line of a document (markdown, bookmarks, footnote markers, HTML tags and entities): done
 * line by line when a line is asked for, so the whole text is never copied. A line without any of the characters
 * markup needs is returned as it stands.
 */
final class LineCleaning {

    private static final Pattern MARKUP = Pattern.compile("\\[bookmark:[^\\]]*]|<sup>.*?</sup>|\\*+|^\\s*#+\\s*");
    private static final Pattern TAGS = Pattern.compile("</?(?:b|i|u|em|strong|span|div|p|br|font|a|td|tr|table|tbody|h\\d)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DOUBLE_SPACES = Pattern.compile(" {2,}");

    private LineCleaning() {
    }

    /** Whether the characters from {@code start} to {@code end} hold something markup removal would change. */
    static boolean dirty(CharSequence s, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '#' || c == '[' || c == '<' || c == '&' || c == '\u00a0') {
                return true;
            }
        }
        return false;
    }

    /** The raw line (spacing kept for column layouts): markup removed, no-break spaces as spaces, end trimmed. */
    static String raw(String line) {
        String s = MARKUP.matcher(line).replaceAll("");
        s = TAGS.matcher(s).replaceAll("").replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        s = FieldShapes.entities(s);
        return s.replace('\u00a0', ' ').stripTrailing();
    }

    /** The trimmed line: runs of spaces as one space. */
    static String trimmed(String raw) {
        return raw.indexOf("  ") >= 0 ? DOUBLE_SPACES.matcher(raw).replaceAll(" ").strip() : raw.strip();
    }
}
