package vn.gandan.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.MetadataKeys.Key;
import vn.gandan.imports.PageMetadata.Meta;
import vn.gandan.shared.Texts;

/**
 * Session 21: the metadata rows a page prints about the document it shows, read among its first lines in every form the sites
 * give them with one vocabulary of keys ({@link MetadataKeys}): "Key: value" lines (several pairs on a line, glued without a
 * space after the value: "Cơ quan ban hành:Bộ Giáo dục và Đào tạoSố công báo:…"), "Key: | value |" and "| Key | value | Key |
 * value |" table rows, "- Key: value" and "• Key: value" lists, "Key value" lines, and a list table whose header row names the
 * keys ("Số hiệu Ngày BH Đơn vị BH Trích yếu") over ONE row of values (cells glued without a space read by their shapes; a list
 * of several documents names none of them). Values are kept only when they have the shape of their key: a number and symbol,
 * a date, a body's name, a subject of ten characters or more.
 */
final class MetadataRows {

    private static final Pattern BODY = Pattern.compile("(?u)^(?:Căn cứ|Thực hiện|Kính gửi|Điều 1\\b|I\\.\\s+\\p{Lu}|1\\.\\s+\\p{Lu}|Phần I\\b|Chương I\\b)");
    private static final Pattern LEAD = Pattern.compile("^[\\s|•\\-*+·]*");
    private static final Pattern NUMBER = Pattern.compile("(?iu)^(?:số\\s*:?\\s*)?(\\d{1,6})\\s*[/-]\\s*([\\p{L}\\d][\\p{L}\\d&.\\-/]*\\p{L}[\\p{L}\\d&]*)"
            + "(?:\\s*,?\\s*(?:ngày|ban hành ngày)\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:19|20)\\d{2}))?\\s*$");
    private static final Pattern DATE = Pattern.compile("(?iu)^(?:ngày\\s+)?(\\d{1,2})\\s*(?:[/.-]|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:[/.-]|\\s+năm\\s+)\\s*((?:19|20)\\d{2})"
            + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final Pattern KIND_ONLY = Pattern.compile("(?iu)^(?:" + MetadataKeys.kindWords() + ")(?:\\s+(?:số\\s*)?\\S*\\d\\S*)?$");
    private static final Pattern CELL_BREAK = Pattern.compile("\\s*\\|\\s*|\\t+|\\s{2,}");
    /** A glued row of a list table, by its cells' shapes: number and symbol, date, body in capitals, subject. */
    private static final Map<Key, String> CELL_SHAPE = new EnumMap<>(Map.of(
            Key.NUMBER, "(\\d{1,6}\\s*[/-]\\s*[\\p{L}\\d&.\\-/]*\\p{L})",
            Key.DATE, "(\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2})",
            Key.ISSUER, "(\\p{Lu}[\\p{Lu}\\s&,.\\-]*?\\p{Lu})",
            Key.TITLE, "((?:" + MetadataKeys.kindWordsUpper() + "|\\p{Lu}\\p{Ll}).*?)",
            Key.SIGNER, "(\\p{Lu}.*?)", Key.KIND, "(\\p{Lu}.*?)", Key.OTHER, "(.*?)"));

    private MetadataRows() {
    }

    /** One label found on a line: where it starts and ends, and its key. */
    private record Found(int start, int end, Key key) {
    }

    /** The page's metadata among its first lines, or {@link Meta#NONE}. */
    static Meta read(List<String> lines) {
        Map<Key, String> first = new EnumMap<>(Key.class);
        Map<Key, Object> above = new EnumMap<>(Key.class);
        Map<Key, Object> below = new EnumMap<>(Key.class);
        Map<Key, String> firstBelow = new EnumMap<>(Key.class);
        Map<Key, Object> parsed = above;
        int limit = Math.min(lines.size(), 80);
        for (int i = 0; i < limit; i++) {
            String line = cells(DataKeys.labelled(lines.get(i))); // s24: a data file's snake-case keys read as the labels they spell
            if (line.isEmpty()) {
                continue;
            }
            if (parsed == above && BODY.matcher(line).lookingAt()) { // the document's body has begun: below it only a whole block counts
                parsed = below;
            }
            List<Found> labels = labels(line);
            if (labels.isEmpty()) {
                continue;
            }
            if (labelsOnly(line, labels) && parsed == above) { // a list table's header row: its values in the one row below
                listRow(lines, i, labels, parsed);
                continue;
            }
            for (int k = 0; k < labels.size(); k++) {
                Found f = labels.get(k);
                int end = k + 1 < labels.size() ? labels.get(k + 1).start() : line.length();
                String value = line.substring(Math.min(f.end(), end), end).replaceFirst("^\\s*[:|]", "").replaceAll("[|\\s]+$", "")
                        .replaceAll("^[|\\s]+", "").strip();
                if (labels.size() == 1 && i + 1 < limit && (value.isEmpty() || !shaped(f.key(), value))) { // a key alone on its line
                    String under = valueBelow(lines, i); // ("Số ký hiệu văn bản 123" / "481/QĐ-UBND"): its value on the next one
                    value = under != null ? under : value;
                }
                value = value.replaceFirst("\\s*\\|.*$", ""); // a row's next cells ("Cơ quan ban hành/ Chức danh/ Người ký | UBND … | Chủ tịch | …")
                if (!value.isEmpty()) {
                    (parsed == above ? first : firstBelow).putIfAbsent(f.key(), value);
                    accept(f.key(), value, parsed);
                }
            }
        }
        if (below.containsKey(Key.OTHER)) {
            below.clear();
        }
        parsed = above;
        if (below.size() >= 3 && !above.containsKey(Key.NUMBER) && !above.containsKey(Key.DATE)) { // a library's block below the text
            below.forEach(above::putIfAbsent);
            firstBelow.forEach(first::putIfAbsent);
        }
        if (parsed.isEmpty() && !first.containsKey(Key.ISSUER) || parsed.containsKey(Key.OTHER)) {
            return Meta.NONE;
        }
        String[] number = (String[]) parsed.get(Key.NUMBER);
        DateParts date = (DateParts) parsed.get(Key.DATE);
        if (date == null && number != null && number[2] != null) { // "415/PGD&ĐT ngày 24/9/2021": the date in the number's cell
            date = new DateParts(Integer.valueOf(number[2]), Integer.valueOf(number[3]), Integer.valueOf(number[4]));
        }
        return new Meta(number == null ? null : Integer.valueOf(number[0]), number == null ? null : number[1], date,
                (String) parsed.get(Key.KIND), (String) parsed.get(Key.ISSUER), first.get(Key.ISSUER), (String) parsed.get(Key.TITLE));
    }

    /**
     * The value on the line below a key standing alone, when that line stands alone too: the line after it is another key, a
     * blank or the end. A key over a list of options (a search filter's "Cơ quan ban hành" / "UBND tỉnh …" / "Tỉnh ủy …") has none.
     */
    private static String valueBelow(List<String> lines, int key) {
        String next = cells(lines.get(key + 1));
        if (next.isEmpty() || !labels(next).isEmpty()) {
            return null;
        }
        String after = key + 2 < lines.size() ? cells(lines.get(key + 2)) : "";
        List<Found> afterLabels = after.isEmpty() ? List.of() : labels(after);
        return after.isEmpty() || !afterLabels.isEmpty() && afterLabels.get(0).start() <= LEAD_LENGTH(after)
                ? next.replaceAll("^[|\\s•\\-*+·]+|[|\\s]+$", "") : null;
    }

    private static int LEAD_LENGTH(String line) {
        Matcher lm = LEAD.matcher(line);
        return lm.find() ? lm.end() : 0;
    }

    /** Whether a value has its key's shape (number and symbol, date, body, subject); other keys' values always have. */
    private static boolean shaped(Key key, String value) {
        Map<Key, Object> probe = new EnumMap<>(Key.class);
        accept(key, value, probe);
        return probe.containsKey(key) || key == Key.OTHER || key == Key.SIGNER;
    }

    /** A line with its column gaps (a tab, three spaces or more: a web page's table cells) written as "|", then cleaned. */
    private static String cells(String raw) {
        return Texts.clean(raw.replace('\u00a0', ' ').replaceAll("\\t+| {3,}", " | "));
    }

    /**
     * The labels of a line: at its start (after a bullet or a rule), after a cell's "|", or anywhere (glued to the value before
     * it too) when a colon follows; a label word in running text ("số hiệu của văn bản") has neither.
     */
    private static List<Found> labels(String line) {
        List<Found> out = new ArrayList<>();
        Matcher lm = LEAD.matcher(line);
        int lead = lm.find() ? lm.end() : 0;
        for (int[] m = MetadataKeys.nextLabel(line, 0); m != null; m = MetadataKeys.nextLabel(line, m[1])) {
            if (!Character.isUpperCase(line.charAt(m[0]))) {
                continue;
            }
            String before = line.substring(0, m[0]);
            String after = line.substring(m[1]);
            boolean atStart = m[0] == lead;
            boolean afterCell = before.matches("(?s).*\\|\\s*");
            boolean colon = after.matches("(?s)^\\s*:.*");
            boolean spaced = before.isEmpty() || Character.isWhitespace(before.charAt(before.length() - 1));
            if (atStart || afterCell || colon || spaced && (!out.isEmpty() && out.get(0).start() == lead || labelsOnlyCandidate(line))) {
                out.add(new Found(m[0], m[1], MetadataKeys.keyOf(line.substring(m[0], m[1]))));
            }
        }
        return out;
    }

    private static boolean labelsOnlyCandidate(String line) {
        return MetadataKeys.withoutLabels(line).replaceAll("[|:\\s]", "").isEmpty();
    }

    /** A row of three labels or more and nothing else: a list table's header row. */
    private static boolean labelsOnly(String line, List<Found> labels) {
        return labels.size() >= 3 && labelsOnlyCandidate(line) && line.indexOf(':') < 0;
    }

    /** The values of a list table with one row under its header row; a list of several documents gives none. */
    private static void listRow(List<String> lines, int header, List<Found> labels, Map<Key, Object> parsed) {
        List<String> rows = new ArrayList<>();
        for (int j = header + 1; j < Math.min(lines.size(), header + 8); j++) {
            String row = lines.get(j).replace('\u00a0', ' ').strip();
            if (row.isEmpty() || row.matches("^[|\\-:\\s]+$")) {
                if (!rows.isEmpty() && row.isEmpty()) {
                    break;
                }
                continue;
            }
            if (!row.matches("^\\|?\\s*\\d.*")) {
                break;
            }
            rows.add(row);
        }
        if (rows.size() != 1) {
            return;
        }
        String row = rows.get(0).replaceFirst("\\s*(?:\\|\\s*)*(?:Tải về|Tải xuống|Xem|Download)\\s*(?:\\|\\s*)*$", "");
        List<Key> keys = labels.stream().map(Found::key).toList();
        String[] cells = CELL_BREAK.split(row.replaceFirst("^\\|\\s*", "").replaceFirst("\\s*\\|$", ""));
        row = Texts.clean(row);
        if (cells.length == keys.size()) {
            for (int k = 0; k < keys.size(); k++) {
                accept(keys.get(k), cells[k].strip(), parsed);
            }
            return;
        }
        StringBuilder shape = new StringBuilder("^");
        for (Key k : keys) {
            shape.append(CELL_SHAPE.get(k)).append("\\s*");
        }
        Matcher m = Pattern.compile(shape.append("$").toString(), Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS).matcher(row);
        if (m.matches()) {
            for (int k = 0; k < keys.size(); k++) {
                accept(keys.get(k), m.group(k + 1).strip(), parsed);
            }
        }
    }

    /** Keeps a value of the key's shape (the first one of each key). */
    private static void accept(Key key, String value, Map<Key, Object> parsed) {
        if (value.isEmpty()) {
            return;
        }
        if (parsed.containsKey(key)) { // a second value of a number or a date: a list of several documents, naming none (CONFLICT)
            if ((key == Key.NUMBER || key == Key.DATE) && !parsed.containsKey(Key.OTHER)) {
                Map<Key, Object> again = new EnumMap<>(Key.class);
                accept(key, value, again);
                Object other = again.get(key);
                if (other != null && !same(other, parsed.get(key))) {
                    parsed.put(Key.OTHER, CONFLICT);
                }
            }
            return;
        }
        switch (key) {
            case NUMBER -> {
                Matcher m = NUMBER.matcher(value);
                if (m.matches()) {
                    parsed.put(key, new String[] {m.group(1), m.group(2), m.group(3), m.group(4), m.group(5)});
                }
            }
            case DATE -> {
                Matcher m = DATE.matcher(value);
                if (m.matches() && Integer.parseInt(m.group(1)) >= 1 && Integer.parseInt(m.group(1)) <= 31
                        && Integer.parseInt(m.group(2)) >= 1 && Integer.parseInt(m.group(2)) <= 12) {
                    parsed.put(key, new DateParts(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3))));
                }
            }
            case KIND -> {
                String f = Texts.fold(value);
                if (!"KE_HOACH".equals(DocKinds.ofWord(f)) || "ke hoach".equals(f)) {
                    parsed.put(key, f);
                }
            }
            case ISSUER -> {
                String name = value.replaceAll("\\s+", " ");
                if (UnitNames.wellFormed(name)) {
                    parsed.put(key, name);
                }
            }
            case TITLE -> {
                String t = value.replaceAll("\\s+", " ").strip();
                if (t.length() >= 10 && t.length() <= 400 && !KIND_ONLY.matcher(t).matches()) {
                    parsed.put(key, t);
                }
            }
            default -> {
            }
        }
    }

    private static final String CONFLICT = "conflict";

    private static boolean same(Object a, Object b) {
        return a instanceof String[] x && b instanceof String[] y ? x[0].equals(y[0]) && PageMetadata.key(x[1]).equals(PageMetadata.key(y[1])) : a.equals(b);
    }
}
