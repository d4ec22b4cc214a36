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
            lines.add(r.replaceAll("[ ]+", " ").strip());
        }
        StringBuilder cur = new StringBuilder();
        for (String l : lines) {
            if (l.isEmpty()) {
                continue;
            }
            boolean continues = cur.length() > 0 && !cur.toString().matches("(?s).*[.;:!?”\")]$")
                    && Character.isLowerCase(l.codePointAt(0));
            if (continues) {
                cur.append(' ').append(l);
            } else {
                if (cur.length() > 0) {
                    paras.add(cur.toString());
                }
                cur = new StringBuilder(l);
            }
        }
        if (cur.length() > 0) {
            paras.add(cur.toString());
        }
        joined = String.join("\n", paras);
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
