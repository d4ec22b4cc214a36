package vn.gandan.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.shared.Texts;

/**
 * Session 21: the metadata a portal, a legal library or an e-office viewer prints about the document it shows, read in every
 * form the sites give it with one vocabulary of keys: "Key: value" lines (several pairs on a line, glued without a space
 * after the value: "Cơ quan ban hành:Bộ Giáo dục và Đào tạoSố công báo:…"), "Key: | value |" and "| Key | value | Key | value |"
 * table rows, "- Key: value" and "• Key: value" lists, "Key value" lines, and a list table whose header row names the keys
 * ("Số hiệu Ngày BH Đơn vị BH Trích yếu") over ONE row of values (cells glued without a space read by their shapes; a list of
 * several documents names none of them). Values are kept only when they have the shape of their key: a number and symbol,
 * a date, a body's name, a subject of ten characters or more.
 *
 * <p>The extractor weighs them against the document's own header ({@link Extractor}): the header's word stands; the metadata
 * fills only what the text leaves out (no number, no date, no issuer, no title), a date only when the metadata names the same
 * number and symbol as the header, an organ-only header cell ("ỦY BAN NHÂN DÂN") only by the metadata's fuller name of the
 * same organ. A page title naming the document ("Quyết định 39/2023/QĐ-UBND Cà Mau Quy định …", "Thông tư liên tịch số
 * 02/2011/TTLT-VPCP-BNV ngày 28/01/2011 giữa … Bộ trưởng Bộ Nội vụ Hướng dẫn …") gives the title after the number, its date
 * and the issuer the metadata names.
 */
final class PageMetadata {

    enum Key { NUMBER, DATE, KIND, ISSUER, SIGNER, TITLE, OTHER }

    /** What the page's metadata says of the document; any part may be null. {@code kind} is the folded kind word. */
    record Meta(Integer number, String symbol, DateParts date, String kind, String issuer, String issuerText, String title) {
        static final Meta NONE = new Meta(null, null, null, null, null, null, null);

        boolean numbered() {
            return number != null && symbol != null;
        }

        boolean dated() {
            return date != null && date.year() != null;
        }

        /** The same number and symbol as the header's (compared without case, spaces or "số"). */
        boolean names(Integer headerNumber, String headerSymbol) {
            return numbered() && number.equals(headerNumber) && headerSymbol != null && key(symbol).equals(key(headerSymbol));
        }
    }

    private static final Map<String, Key> LABELS = new LinkedHashMap<>();

    static {
        for (String l : List.of("Số hiệu văn bản", "Số hiệu", "Số ký hiệu văn bản", "Số ký hiệu", "Số kí hiệu", "Số/Ký hiệu", "Số / Ký hiệu", "Số/ Ký hiệu",
                "Số /Ký hiệu", "Số/Kí hiệu", "Số / Kí hiệu", "Số, ký hiệu", "Số văn bản", "Ký hiệu")) {
            LABELS.put(l, Key.NUMBER);
        }
        for (String l : List.of("Ngày ban hành", "Ngày BH", "Ngày ký", "Ngày kí", "Ngày văn bản", "Ngày phát hành")) {
            LABELS.put(l, Key.DATE);
        }
        for (String l : List.of("Loại văn bản", "Loại tài liệu", "Hình thức văn bản", "Thể loại", "Phân loại")) {
            LABELS.put(l, Key.KIND);
        }
        for (String l : List.of("Cơ quan ban hành/ Chức danh/ Người ký", "Cơ quan ban hành / Chức danh / Người ký", "Cơ quan ban hành", "Đơn vị ban hành",
                "Đơn vị BH", "Cơ quan BH", "Nơi ban hành")) {
            LABELS.put(l, Key.ISSUER);
        }
        for (String l : List.of("Người ký", "Người kí", "Người ký duyệt", "Chức vụ", "Chức danh")) {
            LABELS.put(l, Key.SIGNER);
        }
        for (String l : List.of("Tiêu đề văn bản", "Tiêu đề", "Trích yếu nội dung", "Trích yếu", "Tên văn bản")) {
            LABELS.put(l, Key.TITLE);
        }
        for (String l : List.of("Số công báo", "Ngày đăng công báo", "Ngày hiệu lực", "Ngày có hiệu lực", "Ngày hết hiệu lực",
                "Hết hiệu lực", "Tình trạng hiệu lực", "Tình trạng", "Trạng thái", "Lĩnh vực", "Phạm vi", "Áp dụng",
                "Ngày bị bãi bỏ, thay thế", "Ngôn ngữ", "Định dạng văn bản hiện có", "Tài liệu đính kèm", "File đính kèm",
                "Số lượt xem", "Số lượt tải về", "Lượt xem", "Lượt tải", "Nơi nhận", "Mô tả", "Ngày cập nhật", "Cấp ban hành",
                "Thời gian duy trì hiệu lực", "Ngày bắt đầu hiệu lực", "STT", "Tải về", "Nguồn thu thập", "Ngành", "Thông tin áp dụng", "Ngày hết hiệu lực",
                "Đơn vị soạn thảo", "Hiệu lực", "Tình trạng văn bản")) {
            LABELS.put(l, Key.OTHER);
        }
    }

    /** Every label, longest first (the order in which a label is tried at a position), grouped by its first letter case-folded. */
    static final List<String> LABELS_IN_ORDER = LABELS.keySet().stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    /** Labels by their first letter case-folded (all below U+2000: Latin with Vietnamese letters), indexed by the letter. */
    @SuppressWarnings("unchecked")
    private static final List<String>[] BY_FIRST = new List[0x2000];
    /** A label's folded form (diacritics and case dropped) to the first label of that form. */
    private static final Map<String, String> CANONICAL = new java.util.HashMap<>();

    static {
        for (String l : LABELS_IN_ORDER) {
            char c = caseFolded(l.charAt(0));
            if (c >= BY_FIRST.length) {
                throw new IllegalStateException("a label's first letter beyond the index: " + l);
            }
            if (BY_FIRST[c] == null) {
                BY_FIRST[c] = new ArrayList<>();
            }
            BY_FIRST[c].add(l);
        }
        for (String l : LABELS.keySet()) {
            CANONICAL.putIfAbsent(Texts.fold(l), l);
        }
    }

    private static final Pattern BODY = Pattern.compile("(?u)^(?:Căn cứ|Thực hiện|Kính gửi|Điều 1\\b|I\\.\\s+\\p{Lu}|1\\.\\s+\\p{Lu}|Phần I\\b|Chương I\\b)");
    private static final Pattern LEAD = Pattern.compile("^[\\s|•\\-*+·]*");
    private static final Pattern NUMBER = Pattern.compile("(?iu)^(?:số\\s*:?\\s*)?(\\d{1,6})\\s*[/-]\\s*([\\p{L}\\d][\\p{L}\\d&.\\-/]*\\p{L}[\\p{L}\\d&]*)"
            + "(?:\\s*,?\\s*(?:ngày|ban hành ngày)\\s+(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*((?:19|20)\\d{2}))?\\s*$");
    private static final Pattern DATE = Pattern.compile("(?iu)^(?:ngày\\s+)?(\\d{1,2})\\s*(?:[/.-]|\\s+tháng\\s+)\\s*(\\d{1,2})\\s*(?:[/.-]|\\s+năm\\s+)\\s*((?:19|20)\\d{2})"
            + "(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$");
    private static final Pattern KIND_ONLY = Pattern.compile("(?iu)^(?:" + kindWords() + ")(?:\\s+(?:số\\s*)?\\S*\\d\\S*)?$");
    private static final Pattern KIND_FIRST = Pattern.compile("(?u)^(" + kindWords() + ")(?:\\s+(?:[Kk]hẩn|[Hh][oỏ]a tốc))?\\s+(?=\\p{Ll}|V/v|Về\\s)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CELL_BREAK = Pattern.compile("\\s*\\|\\s*|\\t+|\\s{2,}");
    /** A glued row of a list table, by its cells' shapes: number and symbol, date, body in capitals, subject. */
    private static final Map<Key, String> CELL_SHAPE = new EnumMap<>(Map.of(
            Key.NUMBER, "(\\d{1,6}\\s*[/-]\\s*[\\p{L}\\d&.\\-/]*\\p{L})",
            Key.DATE, "(\\d{1,2}/\\d{1,2}/(?:19|20)\\d{2})",
            Key.ISSUER, "(\\p{Lu}[\\p{Lu}\\s&,.\\-]*?\\p{Lu})",
            Key.TITLE, "((?:" + kindWordsUpper() + "|\\p{Lu}\\p{Ll}).*?)",
            Key.SIGNER, "(\\p{Lu}.*?)", Key.KIND, "(\\p{Lu}.*?)", Key.OTHER, "(.*?)"));

    private PageMetadata() {
    }

    private static String kindWords() {
        return "Thông tư liên tịch|Nghị quyết liên tịch|Quyết định|Thông tư|Nghị quyết|Nghị định|Chỉ thị|Kế hoạch|Công văn|Báo cáo|Hướng dẫn"
                + "|Quy chế|Quy định|Thông báo|Chương trình|Tờ trình|Công điện|Kết luận|Pháp lệnh|Luật|Đề án|Văn bản";
    }

    private static String kindWordsUpper() {
        return kindWords().toUpperCase(Locale.ROOT);
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
            String line = cells(lines.get(i));
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
        for (int[] m = nextLabel(line, 0); m != null; m = nextLabel(line, m[1])) {
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
                out.add(new Found(m[0], m[1], LABELS.get(canonical(line.substring(m[0], m[1])))));
            }
        }
        return out;
    }

    /**
     * The next label on the line from {@code from}, as {start, end}, or null: the leftmost position where a label is written
     * (any case) and no letter or digit follows it, the longest such label there. One pass over the line comparing only the
     * labels that begin with the letter at hand (a regular expression of the ninety labels, case folded, tried at every
     * character of the first 80 lines, was a quarter of an import's CPU; {@code PageMetadataScanTests} checks both agree).
     */
    static int[] nextLabel(String line, int from) {
        for (int p = from; p < line.length(); p++) {
            char c = caseFolded(line.charAt(p));
            List<String> candidates = c < BY_FIRST.length ? BY_FIRST[c] : null;
            if (candidates == null) {
                continue;
            }
            for (String l : candidates) {
                int end = p + l.length();
                if (end <= line.length() && line.regionMatches(true, p, l, 0, l.length()) && !letterOrDigitAt(line, end)) {
                    return new int[] {p, end};
                }
            }
        }
        return null;
    }

    private static char caseFolded(char c) {
        return Character.toLowerCase(Character.toUpperCase(c));
    }

    private static boolean letterOrDigitAt(String line, int i) {
        if (i >= line.length()) {
            return false;
        }
        int cp = line.codePointAt(i);
        return Character.isLetter(cp) || cp >= '0' && cp <= '9';
    }

    /** The line with every label taken out (as a regular expression's replaceAll would, whatever their case). */
    static String withoutLabels(String line) {
        StringBuilder out = new StringBuilder(line.length());
        int at = 0;
        for (int[] m = nextLabel(line, 0); m != null; m = nextLabel(line, m[1])) {
            out.append(line, at, m[0]);
            at = m[1];
        }
        return out.append(line, at, line.length()).toString();
    }

    private static boolean labelsOnlyCandidate(String line) {
        return withoutLabels(line).replaceAll("[|:\\s]", "").isEmpty();
    }

    private static String canonical(String label) {
        return java.util.Objects.requireNonNull(CANONICAL.get(Texts.fold(label)));
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
        return a instanceof String[] x && b instanceof String[] y ? x[0].equals(y[0]) && key(x[1]).equals(key(y[1])) : a.equals(b);
    }

    /** The kind word a title row opens with ("Công văn Hướng dẫn …" → "cong van"), or null. */
    static String titleKind(Meta meta) {
        if (meta.title() == null) {
            return null;
        }
        Matcher m = KIND_FIRST.matcher(meta.title());
        return m.find() ? Texts.fold(m.group(1)) : null;
    }

    /** A title row without the kind word it opens with ("Công văn Khẩn về việc …" → "về việc …"). */
    static String titleText(Meta meta) {
        return meta.title() == null ? null : KIND_FIRST.matcher(meta.title()).replaceFirst("").strip();
    }

    private static final Pattern PAGE_TITLE = Pattern.compile("^(?:" + kindWords() + ")\\s+(?:số\\s+)?(\\d{1,6})\\s*[/-]\\s*(\\S+)\\s+(.{10,})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern TITLE_DATE = Pattern.compile("(?iu)^(?:,\\s*)?(?:ngày\\s+\\d{1,2}\\s*[/.-]\\s*\\d{1,2}\\s*[/.-]\\s*(?:19|20)\\d{2}|năm\\s+(?:19|20)\\d{2})\\s*,?\\s*");
    private static final Pattern STATUS = Pattern.compile("(?iu)\\s*\\((?:[^()]*hiệu lực[^()]*|[^()]*hết hiệu lực[^()]*)\\)\\s*$");
    private static final Pattern LOCALITY = Pattern.compile("(?:^|\\s)(?iu:tỉnh|thành phố|huyện|quận|thị xã|xã|phường|thị trấn)\\s+(\\p{Lu}[\\p{L}\\s'-]{1,40})$");

    /**
     * The title a page's headline gives the document it names by the header's number and symbol: what follows them, their date
     * and the issuer the metadata names ("… Cà Mau Quy định …" → "Quy định …"; "… giữa Chủ nhiệm … và Bộ trưởng Bộ Nội vụ
     * Hướng dẫn …" → "Hướng dẫn …"), without a status bracket ("(Văn bản hết hiệu lực)"). Null when the issuer's part cannot
     * be told from the title's.
     */
    static String pageTitle(List<String> lines, Integer number, String symbol, Meta meta) {
        if (number == null || symbol == null || meta.issuerText() == null) {
            return null;
        }
        String shortened = null;
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            Matcher m = headline(lines.get(i), number, symbol);
            if (m == null) {
                continue;
            }
            String rest = STATUS.matcher(TITLE_DATE.matcher(m.group(3)).replaceFirst("")).replaceFirst("").strip();
            String named = Texts.fold(rest).matches("^(?:cua|giua)\\s.*") ? afterIssuer(rest, meta.issuerText()) : null;
            if (named != null && named.length() >= 10) {
                return named; // the full headline: "… của <issuer> <title>", as written
            }
            String cut = shortened == null ? afterIssuer(rest, meta.issuerText()) : null;
            shortened = cut != null && cut.length() >= 10 && Character.isUpperCase(cut.charAt(0)) ? cut : shortened;
        }
        return shortened; // a library's short headline "<kind> <number> <locality> <Title>" when no full one names the issuer
    }

    /** The line as a page headline naming the document by this number and symbol, or null. */
    private static Matcher headline(String line, Integer number, String symbol) {
        Matcher m = PAGE_TITLE.matcher(Texts.clean(line).replaceFirst("^[•\\-*]\\s*", ""));
        return m.matches() && Integer.parseInt(m.group(1)) == number && key(m.group(2)).equals(key(symbol)) ? m : null;
    }

    /**
     * Whether the title read so far is the tail of a page headline naming the document ("146/2025/NQ-HĐND Hà Tĩnh biện pháp …",
     * "Cà Mau Quy định …"): the headline's words, not a header's title line, so the headline's own cut may replace it.
     */
    static boolean headlineTail(List<String> lines, String title, Integer number, String symbol) {
        if (title == null || number == null || symbol == null) {
            return false;
        }
        String t = Texts.fold(title);
        for (int i = 0; i < Math.min(lines.size(), 40); i++) {
            Matcher m = headline(lines.get(i), number, symbol);
            if (m != null && Texts.fold(STATUS.matcher(Texts.clean(lines.get(i))).replaceFirst("")).endsWith(" " + t)) {
                return true;
            }
        }
        return false;
    }

    /** The text after the issuer's part of a page title: after its locality in front, or after the last issuer named by "của" / "giữa". */
    private static String afterIssuer(String rest, String issuers) {
        String folded = Texts.fold(rest);
        if (folded.matches("^(?:cua|giua)\\s.*")) {
            int end = -1;
            for (String name : issuers.split("\\s*(?:,|;|\\s-\\s)\\s*")) {
                String n = Texts.fold(name.strip());
                int at = n.length() < 4 ? -1 : folded.lastIndexOf(n);
                if (at >= 0 && at + n.length() > end && (at + n.length() == folded.length() || folded.charAt(at + n.length()) == ' ')) {
                    end = at + n.length();
                }
            }
            return end < 0 || folded.length() != rest.length() ? null : rest.substring(end).strip();
        }
        Matcher loc = LOCALITY.matcher(issuers.strip());
        if (loc.find()) {
            String place = Texts.fold(loc.group(1).strip());
            if (folded.length() == rest.length() && folded.startsWith(place + " ")) {
                return rest.substring(place.length()).strip();
            }
        }
        return null;
    }

    /** The locality a body's name ends with ("Ủy ban nhân dân tỉnh Cà Mau" → "Cà Mau"), or null. */
    static String locality(String issuer) {
        if (issuer == null) {
            return null;
        }
        Matcher loc = LOCALITY.matcher(issuer.strip());
        return loc.find() ? loc.group(1).strip() : null;
    }

    /**
     * An organ-only header cell ("ỦY BAN NHÂN DÂN", its locality lost by the copy) completed by the metadata's name of the same
     * organ with its locality ("Ủy ban nhân dân tỉnh Cà Mau"); else null.
     */
    static String completes(String header, Meta meta) {
        if (header == null || meta.issuer() == null || locality(meta.issuer()) == null) {
            return null;
        }
        String h = Texts.fold(header).replaceAll("\\s+", " ").strip();
        String m = Texts.fold(meta.issuer()).replaceAll("\\s+", " ").strip();
        return h.matches("^(?:uy ban nhan dan|hoi dong nhan dan|ubnd|hdnd)$") && m.startsWith(h + " ")
                && WordLists.isLocality(m.substring(h.length()).strip()) ? meta.issuer() : null;
    }

    /** The header's place cell cut before its date ("Số: 39/2023/QĐ-UBND | Cà Mau", the text ending there): the metadata issuer's locality. */
    static String cutPlace(List<String> lines, String headerSymbol, Meta meta) {
        String place = locality(meta.issuer());
        if (place == null || headerSymbol == null) {
            return null;
        }
        Pattern cell = Pattern.compile("(?iu)^Số\\s*:?\\s*\\d{1,6}\\s*[/-]\\s*" + Pattern.quote(headerSymbol) + "\\s*(?:\\||\\t|\\s{3,})\\s*" + Pattern.quote(place) + "\\s*\\|?\\s*$");
        for (String l : lines) {
            if (cell.matcher(Texts.clean(l)).matches()) {
                return place;
            }
        }
        return null;
    }

    /**
     * A portal's title row where {@link TitleRows} found none (the row opening with its table's "|", a key over its value), without
     * its kind word; the extractor asks only when no other step found a title (a news reading of the same line stands).
     */
    static String orRow(String row, Meta meta) {
        return row != null ? row : titleText(meta);
    }

    /** Whether a symbol read elsewhere is the metadata's with the next key's first word glued on ("2025/NQ-HĐNDNgày" for "2025/NQ-HĐND"). */
    static boolean glued(String symbol, String metaSymbol) {
        return symbol.startsWith(metaSymbol) && symbol.substring(metaSymbol.length()).matches("\\p{Lu}\\p{Ll}+");
    }

    /**
     * The issuers weighed against the metadata: the metadata's body where the text named none ({@code 0.6}), an organ-only
     * header cell completed by the metadata's name of the same organ ({@link #completes}), or a name the metadata gives run on
     * into a verb; else the decision as it stood.
     */
    static IssuerSignals.Decision weigh(IssuerSignals.Decision who, Meta meta) {
        if (meta.issuer() == null) {
            return who;
        }
        if (who.issuers().isEmpty()) {
            return new IssuerSignals.Decision(List.of(meta.issuer()), who.parent(), 0.6);
        }
        String full = who.issuers().size() == 1 ? completes(who.issuers().get(0), meta) : null;
        String one = who.issuers().size() == 1 ? who.issuers().get(0) : "";
        if (full == null && one.startsWith(meta.issuer() + " ") && Character.isLowerCase(one.charAt(meta.issuer().length() + 1))) {
            full = meta.issuer(); // a headline's subject run on into its verb ("Hội đồng nhân dân tỉnh Hà Tĩnh quy định các …")
        }
        return full == null ? who : new IssuerSignals.Decision(List.of(full), who.parent(), who.confidence());
    }

    private static String key(String symbol) {
        return Texts.fold(symbol).replaceAll("[\\s.]", "").replace('–', '-');
    }
}
