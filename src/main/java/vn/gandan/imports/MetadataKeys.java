package vn.gandan.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.gandan.shared.Texts;

/**
 * The vocabulary of keys a portal, a legal library or an e-office viewer writes its metadata with ("Số hiệu", "Ngày ban hành",
 * "Cơ quan ban hành/ Chức danh/ Người ký", "Trích yếu", "Tình trạng hiệu lực" …), each label with its key, the kind words a
 * title or a page headline opens with, and where a label stands in a line ({@link #nextLabel}). {@link MetadataRows} reads the
 * rows with it, {@link MetadataWeighing} the page's headline.
 */
final class MetadataKeys {

    enum Key { NUMBER, DATE, KIND, ISSUER, SIGNER, TITLE, OTHER }

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

    private MetadataKeys() {
    }

    static String kindWords() {
        return "Thông tư liên tịch|Nghị quyết liên tịch|Quyết định|Thông tư|Nghị quyết|Nghị định|Chỉ thị|Kế hoạch|Công văn|Báo cáo|Hướng dẫn"
                + "|Quy chế|Quy định|Thông báo|Chương trình|Tờ trình|Công điện|Kết luận|Pháp lệnh|Luật|Đề án|Văn bản";
    }

    static String kindWordsUpper() {
        return kindWords().toUpperCase(Locale.ROOT);
    }

    /** The key of a label found on a line (written in any case or accents of one of the vocabulary's labels). */
    static Key keyOf(String label) {
        return LABELS.get(canonical(label));
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

    /** The label a key written without accents spells ("co quan ban hanh" → "Cơ quan ban hành"), or null (s24, {@link DataKeys}). */
    static String labelOfFolded(String folded) {
        return CANONICAL.get(folded);
    }

    private static String canonical(String label) {
        return java.util.Objects.requireNonNull(CANONICAL.get(Texts.fold(label)));
    }
}
