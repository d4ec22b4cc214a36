package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lines of a text wrapped at a fixed width, joined back into the lines the writer wrote (session 19, issue 13: a PDF's
 * text layer, as portals and 123doc give it, breaks every line at 50–70 characters, so a title, a news sentence naming the
 * act, a header line were cut at the width and read up to the break). A text is taken as wrapped only when none of its lines
 * outside columns (a tab, three spaces between words) is longer than {@link #MAX_WIDTH} and at least {@link #MIN_FORCED} of its lines were broken by the width: the next line's
 * first word would not have fitted on them. Only such a forced break is joined, and only when the line does not close a
 * sentence and the next line does not open an item of its own (a dash, a bullet, a numbered point, an article, a salutation,
 * the recipients); every other text is returned as it is, uncopied.
 */
final class WrappedLines {

    /** The widest line a wrapping copy gives (the variants wrap at 50–70; a PDF layer at up to about 90). */
    static final int MAX_WIDTH = 90;
    /** The narrowest width read as a wrap (shorter lines are a header's or a list's own). */
    static final int MIN_WIDTH = 40;
    /** How many forced breaks make a text wrapped. */
    static final int MIN_FORCED = 4;
    /** How many characters short of the width a forced break may end (the next word did not fit). */
    /** A line laid out in columns (a tab, or three spaces between words): never wrapped, so it sets no width. */
    private static final Pattern COLUMNS = Pattern.compile(".*(?:\\t|\\S {3,}\\S).*");
    /** Session 20: a table row closed by its cell bar ("Số: 18/2011/NQ-HĐND | Bình Thuận, ngày 14 tháng 12 năm 2011 |"): the next line is no part of it. */
    private static final Pattern ROW_CLOSED = Pattern.compile(".*\\S\\s\\|\\s*$");
    private static final Pattern CLOSES = Pattern.compile(".*[.;:!?…]\\s*[”\"»)]?$");
    private static final Pattern OPENS_ITEM = Pattern.compile(
            "^(?:[-+•*–—·]|\\d{1,2}[.)/]|[IVXLC]{1,5}[.)]|[a-zđ][.)]\\s|Điều\\s|Căn cứ|Kính gửi|Nơi nhận|Chương\\s|Mục\\s|Phần\\s).*");

    private WrappedLines() {
    }

    /** The text with its width-forced breaks joined when it is wrapped; the same object when it is not. */
    static CharSequence joined(CharSequence text) {
        if (anyLineWiderThanAWrap(text)) {
            return text; // most texts: decided without a copy of the text (a 20 MB import keeps its compact form)
        }
        String t = text.toString();
        String[] l = t.split("\n", -1);
        int width = 0;
        for (String s : l) {
            if (!COLUMNS.matcher(s).matches()) {
                width = Math.max(width, spaced(s).length());
            }
        }
        if (width < MIN_WIDTH || width > MAX_WIDTH) {
            return text;
        }
        int forced = 0;
        for (int i = 0; i + 1 < l.length; i++) {
            if (forced(l[i], l[i + 1], width)) {
                forced++;
            }
        }
        if (forced < MIN_FORCED) {
            return text;
        }
        List<String> out = new ArrayList<>();
        StringBuilder cur = null;
        String last = null;
        for (String s : l) {
            if (cur != null && forced(last, s, width) && !ROW_CLOSED.matcher(last).matches() && !kindLineAlone(s)) { // s20: a table row closed by its bar is whole; a kind line stands alone
                cur.append(' ').append(s.strip());
            } else {
                if (cur != null) {
                    out.add(cur.toString());
                }
                cur = new StringBuilder(s);
            }
            last = s;
        }
        out.add(cur.toString());
        return String.join("\n", out);
    }

    /** Whether a line not laid out in columns is wider than any wrap ({@link #MAX_WIDTH}): then the text is not wrapped. */
    private static boolean anyLineWiderThanAWrap(CharSequence text) {
        int start = 0;
        while (start < text.length()) {
            int end = start;
            while (end < text.length() && text.charAt(end) != '\n') {
                end++;
            }
            if (end - start > MAX_WIDTH) {
                String line = text.subSequence(start, end).toString();
                if (!COLUMNS.matcher(line).matches() && spaced(line).length() > MAX_WIDTH) {
                    return true;
                }
            }
            start = end + 1;
        }
        return false;
    }

    /** Whether the break after {@code line} was forced by the width: the next line's first word would not have fitted. */
    static boolean forced(String line, String next, int width) {
        String a = spaced(line);
        String b = spaced(next);
        if (a.isEmpty() || b.isEmpty() || COLUMNS.matcher(line).matches() || COLUMNS.matcher(next).matches() || CLOSES.matcher(a).matches()
                || OPENS_ITEM.matcher(b).matches()) {
            return false;
        }
        int word = b.indexOf(' ');
        int first = word < 0 ? b.length() : word;
        return a.length() >= MIN_WIDTH && (a.length() + 1 + first > width
                || TitlePhrase.open(a) && !TitlePhrase.opensStructure(b)); // s22: a phrase the break left open ("… xã hội của" / "Mặt trận …")
    }

    /** Session 20: a kind line in capitals alone on its line ("QUYẾT ĐỊNH", "KẾ HOẠCH"): never the tail of the line above. */
    private static boolean kindLineAlone(String line) {
        String l = spaced(line);
        return l.length() <= 24 && l.indexOf(' ') > 0 && TextLines.isUpper(l) && l.split("\\s+").length <= 3 && WordLists.kindOf(l) != null;
    }

    /** The line stripped, its no-break spaces read as spaces (a copy that writes them has words all the same). */
    private static String spaced(String line) {
        return line.replace('\u00a0', ' ').strip();
    }
}
