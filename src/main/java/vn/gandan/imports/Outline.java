package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.Task;
import vn.gandan.shared.Texts;

/**
 * The body's heading hierarchy: top-level (Roman, or upper-case Arabic) headings, the numbered tasks of the main
 * content section with their lettered sub-items, and every paragraph kept under its heading (the outline the draft
 * plan is built from).
 */
final class Outline {

    static final Pattern ROMAN = Pattern.compile("^([IVXL]+)\\.\\s*(.+)$");
    static final Pattern ARABIC_ITEM = Pattern.compile("^(\\d{1,2})\\.\\s*(.+)$");
    private static final String ENDS = ".;:!?”\")";
    private static final Pattern SUBITEM = Pattern.compile("^[a-zđ]\\)\\s*\\S");

    /** A top-level heading (null for the text before the first one) with its paragraphs in order. */
    record Part(String heading, List<String> paragraphs) implements java.io.Serializable {
    }

    private Outline() {
    }

    static boolean isSection(String l) {
        Matcher r = ROMAN.matcher(l);
        if (r.matches() && r.group(2).length() < 150) {
            return true;
        }
        Matcher a = ARABIC_ITEM.matcher(l);
        return a.matches() && TextLines.isUpper(a.group(2)) && a.group(2).length() < 120;
    }

    /** Line indexes of the top-level headings before the closing part, from {@code from}. */
    static List<Integer> sectionLines(TextLines d, int from) {
        List<Integer> out = new ArrayList<>();
        int end = d.closingStart();
        for (int i = Math.max(from, 0); i < end; i++) {
            if (isSection(d.lines.get(i))) {
                out.add(i);
            }
        }
        return out;
    }

    static String sectionName(TextLines d, int line) {
        String l = d.lines.get(line);
        Matcher r = ROMAN.matcher(l);
        String name = r.matches() ? r.group(2) : l.replaceFirst("^\\d+\\.\\s*", "");
        return Extractor.trimEnd(Texts.clean(name));
    }

    /** The numbered items of the main content section, or of the whole body when it has no headings (a letter). */
    static List<Task> tasks(TextLines d, List<Integer> sections, int bodyStart, boolean report) {
        if (report) {
            return List.of();
        }
        int from = -1;
        int to = -1;
        for (int k = 0; k < sections.size(); k++) {
            String f = Texts.fold(sectionName(d, sections.get(k)));
            if (f.startsWith("nhiem vu") || f.startsWith("noi dung") || f.contains("nhiem vu trong tam") || f.startsWith("cac nhiem vu")) {
                from = sections.get(k) + 1;
                to = k + 1 < sections.size() ? sections.get(k + 1) : d.closingStart();
                break;
            }
        }
        if (from < 0 && sections.isEmpty()) {
            from = Math.max(bodyStart, 0);
            to = d.closingStart();
        }
        List<Task> out = new ArrayList<>();
        if (from < 0) {
            return out;
        }
        String number = null;
        String heading = null;
        int subs = 0;
        for (int i = from; i < to; i++) {
            String l = d.lines.get(i);
            Matcher m = ARABIC_ITEM.matcher(l);
            if (m.matches()) {
                if (number != null) {
                    out.add(new Task(number, heading, subs));
                }
                number = m.group(1);
                heading = Extractor.trimEnd(Texts.clean(m.group(2)));
                subs = 0;
            } else if (number != null && SUBITEM.matcher(l).find()) {
                subs++;
            }
        }
        if (number != null) {
            out.add(new Task(number, heading, subs));
        }
        return out;
    }

    /** Every paragraph from {@code bodyStart} to the closing part, under the top-level heading it follows. */
    static List<Part> parts(TextLines d, int bodyStart) {
        List<Part> out = new ArrayList<>();
        String heading = null;
        List<String> paras = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int end = d.closingStart();
        for (int i = Math.max(bodyStart, 0); i < end; i++) {
            String l = d.lines.get(i);
            if (isSection(l)) {
                flush(cur, paras);
                if (heading != null || !paras.isEmpty()) {
                    out.add(new Part(heading, List.copyOf(paras)));
                }
                heading = sectionName(d, i);
                paras.clear();
            } else if (l.isEmpty()) {
                continue;
            } else if (cur.length() > 0 && ENDS.indexOf(cur.charAt(cur.length() - 1)) < 0 && Character.isLowerCase(l.codePointAt(0))) {
                cur.append(' ').append(l);
            } else {
                flush(cur, paras);
                cur.append(l);
            }
        }
        flush(cur, paras);
        if (heading != null || !paras.isEmpty()) {
            out.add(new Part(heading, List.copyOf(paras)));
        }
        return out;
    }

    private static void flush(StringBuilder cur, List<String> paras) {
        if (cur.length() > 0) {
            paras.add(cur.toString());
            cur.setLength(0);
        }
    }
}
