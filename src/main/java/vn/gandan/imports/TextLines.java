package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * A document's text cleaned of markup (markdown, bookmarks, footnote markers, HTML tags and entities) as raw lines
 * (spacing kept, for column layouts), trimmed lines, paragraphs (lines broken by a page or a copy joined again)
 * and one joined string.
 */
final class TextLines {

    private static final Pattern MARKUP = Pattern.compile("\\[bookmark:[^\\]]*]|<sup>.*?</sup>|\\*+|(?m)^\\s*#+\\s*");
    private static final Pattern TAGS = Pattern.compile("</?(?:b|i|u|em|strong|span|div|p|br|font|a|td|tr|table|tbody|h\\d)\\b[^>]*>",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DOUBLE_SPACES = Pattern.compile(" {2,}");

    final List<String> raw = new ArrayList<>();
    final List<String> lines = new ArrayList<>();
    final List<String> paras = new ArrayList<>();
    final String joined;

    TextLines(String text) {
        String s = Texts.nfc(text).replace("\r\n", "\n").replace('\r', '\n');
        s = MARKUP.matcher(s).replaceAll("");
        s = TAGS.matcher(s).replaceAll("").replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
        for (String l : s.split("\n", -1)) {
            String r = l.replace('\u00a0', ' ').stripTrailing();
            raw.add(r);
            lines.add(r.indexOf("  ") >= 0 ? DOUBLE_SPACES.matcher(r).replaceAll(" ").strip() : r.strip());
        }
        paragraphs();
        joined = String.join("\n", paras);
    }

    /** Lines joined into paragraphs where a line goes on in lower case after one that does not end a sentence; a
     *  one-line paragraph is the line itself (no copy, which matters for a 20 MB file). */
    private void paragraphs() {
        String single = null;
        StringBuilder cur = null;
        for (String l : lines) {
            if (l.isEmpty()) {
                continue;
            }
            String last = cur != null ? null : single;
            char end = cur != null ? cur.charAt(cur.length() - 1) : single != null ? last.charAt(last.length() - 1) : '.';
            if ((single != null || cur != null) && ".;:!?”\")".indexOf(end) < 0 && Character.isLowerCase(l.codePointAt(0))) {
                if (cur == null) {
                    cur = new StringBuilder(single);
                    single = null;
                }
                cur.append(' ').append(l);
            } else {
                flush(single, cur);
                single = l;
                cur = null;
            }
        }
        flush(single, cur);
    }

    private void flush(String single, StringBuilder cur) {
        if (cur != null) {
            paras.add(cur.toString());
        } else if (single != null) {
            paras.add(single);
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

    /** First line of the closing part (after the last "./." or the "Nơi nhận" line). */
    int closingStart() {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).contains("./.")) {
                return i + 1;
            }
        }
        for (int i = 0; i < lines.size(); i++) {
            if (Texts.fold(lines.get(i)).startsWith("noi nhan")) {
                return i;
            }
        }
        return lines.size();
    }

    String head(int from, int n) {
        StringBuilder sb = new StringBuilder();
        for (int i = Math.max(from, 0); i < Math.min(lines.size(), Math.max(from, 0) + n); i++) {
            sb.append(lines.get(i)).append(' ');
        }
        return sb.toString();
    }
}
