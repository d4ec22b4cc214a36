package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 19: number, symbol, date, place and kind in shapes of copies the extractor first saw in held-out 9 — a page
 * saved with its line breaks as the escapes {@code \r\n}, a date cell's impossible month ("tháng 0"), a joint plan's kind
 * line ("KẾ HOẠCH PHỐI HỢP …") under one issuer, and a page's headline naming a Party document by its dash-joined
 * number ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ …", its letters respun). Each refuses rather than guesses.
 */
final class FieldRepairs {

    /** The escapes a page's source keeps for its line breaks ("\r\n", "\n") when copied as text. */
    private static final Pattern ESCAPED_BREAK = Pattern.compile("(?:\\\\r)?\\\\n|\\\\r");
    /** Escaped breaks this many times or more: the whole copy is so written (one stray "\n" in a text is left alone). */
    private static final int ESCAPED_COPY = 3;

    /** A Party document's number joined to its symbol by a dash ("127-KL/TW"), right after two words of a kind. */
    private static final Pattern PARTY_HEADLINE = Pattern.compile("^\\s*(\\p{L}+\\s+\\p{L}+)\\s+(?:(?iu:số)\\s*:?\\s*)?(\\d{1,6})\\s*[-–]\\s*"
            + "(\\p{Lu}{1,6}(?:[-–]\\p{Lu}[\\p{Lu}\\d&]*)?/\\p{Lu}[\\p{Lu}\\d&]*(?:[-–/][\\p{Lu}\\d&]+)*)(?=[\\s,.:;]|$)\\s+\\S");
    /** The kinds a page's headline names its own document by (folded: a respun "KẾT LỦẬN" folds as "ket luan"). */
    private static final java.util.Set<String> HEADLINE_KINDS = java.util.Set.of("ket luan", "nghi quyet", "chi thi", "quyet dinh",
            "quy dinh", "ke hoach", "thong bao", "huong dan", "bao cao", "chuong trinh", "thong tri", "cong van");

    private FieldRepairs() {
    }

    /**
     * A page copied with its line breaks written as the escapes {@code \r\n} (a registry's table cells: "\r\n Số: 54/KH-UBND
     * \r\n | \r\n Lạng Sơn, ngày …"): the breaks themselves, so the place does not take the escape's "n" and the lines of
     * the header stand as lines. A text with fewer than three such escapes is returned as it is.
     */
    static CharSequence unescaped(CharSequence text) {
        int seen = 0;
        for (int i = 0; i + 1 < text.length() && seen < ESCAPED_COPY; i++) {
            if (text.charAt(i) == '\\' && (text.charAt(i + 1) == 'n' || text.charAt(i + 1) == 'r')) {
                seen++;
                i++;
            }
        }
        return seen < ESCAPED_COPY ? text : ESCAPED_BREAK.matcher(text).replaceAll("\n");
    }

    /** A day outside 1–31 or a month outside 1–12 ("ngày 30 tháng 0 năm 2020", a template's unfilled month) is not shown: null. */
    static DateParts valid(DateParts p) {
        if (p == null) {
            return null;
        }
        boolean day = p.day() == null || p.day() >= 1 && p.day() <= 31;
        boolean month = p.month() == null || p.month() >= 1 && p.month() <= 12;
        return day && month ? p : new DateParts(day ? p.day() : null, month ? p.month() : null, p.year());
    }

    /**
     * A plan whose kind line reads "KẾ HOẠCH PHỐI HỢP …" or "KẾ HOẠCH LIÊN TỊCH …" is a joint plan (KE_HOACH_PHOI_HOP)
     * even when one body's header issues it: the kind word is the kind (gold convention, session 17 corpus notes).
     */
    static String jointKind(String kind, String kindLine) {
        if (!"KE_HOACH".equals(kind) || kindLine == null) {
            return kind;
        }
        String f = vn.gandan.shared.Texts.fold(kindLine.replaceFirst("^[\\s|*#]+", ""));
        return f.matches("^ke hoach (?:phoi hop|lien tich)(?![\\p{L}]).*") ? "KE_HOACH_PHOI_HOP" : kind;
    }

    /** A news lead telling of a joint plan signed or issued ("… vừa ký kết kế hoạch phối hợp, …"). */
    private static final Pattern SIGNED_JOINT = Pattern.compile("(?iu)(?<![\\p{L}])(?:ký kết|ký|ban hành)\\s+kế hoạch\\s+(?:phối hợp|liên tịch)(?![\\p{L}])");

    /**
     * A page without a kind line or number whose lead (first eight paragraphs) tells of a joint plan signed or issued ("Đoàn
     * Thanh niên Chính phủ và Tỉnh Đoàn Ninh Bình vừa ký kết kế hoạch phối hợp, …") names a joint plan: KE_HOACH_PHOI_HOP
     * for what was read as a plan.
     */
    static String jointKindTold(String kind, List<String> paras) {
        if (!"KE_HOACH".equals(kind)) {
            return kind;
        }
        for (int i = 0; i < Math.min(paras.size(), 8); i++) {
            if (SIGNED_JOINT.matcher(paras.get(i)).find()) {
                return "KE_HOACH_PHOI_HOP";
            }
        }
        return kind;
    }

    /** "… giới thiệu toàn văn Nghị quyết số 10-NQ/TU, ngày 18/8/2021 của …": the page's own document, its full text below. */
    private static final Pattern FULL_TEXT = Pattern.compile("(?iu)(?<![\\p{L}])toàn văn\\s+(?:Nghị quyết|Chỉ thị|Kết luận|Quyết định|Quy định|Kế hoạch"
            + "|Thông báo|Hướng dẫn|Chương trình|Công văn|Thông tư|Nghị định|Quy chế|Đề án)\\s+số\\s*:?\\s*(\\d{1,6})\\s*[/\\-–]\\s*"
            + "((?:\\d{4}/)?(?-i:\\p{Lu})[\\p{L}\\d&]*(?:[/\\-–][\\p{L}\\d&]+)*)(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2}))?");

    /**
     * A page that presents the full text of a document by its number ("Ban biên tập giới thiệu toàn văn Nghị quyết số
     * 10-NQ/TU, ngày 18/8/2021 của Ban Thường vụ Tỉnh ủy …", in its first three lines): that document's number, symbol and
     * date (blank when the sentence gives none); else null.
     */
    static FieldShapes.Registry fullText(List<String> lines) {
        for (String l : firstLines(lines)) {
            Matcher m = FULL_TEXT.matcher(l);
            if (m.find()) {
                DateParts date = m.group(3) == null ? DateParts.BLANK
                        : new DateParts(Integer.valueOf(m.group(3)), Integer.valueOf(m.group(4)), Integer.valueOf(m.group(5)));
                return new FieldShapes.Registry(Integer.valueOf(m.group(1)), m.group(2), date);
            }
        }
        return null;
    }

    /** A page's first three non-blank lines (its headline and the lines around it). */
    private static List<String> firstLines(List<String> lines) {
        return lines.stream().filter(l -> !l.isBlank()).limit(3).toList();
    }

    /** Number and symbol a page's headline names its Party document by. */
    record Named(int number, String symbol) {
    }

    /**
     * The page's headline (one of its first three lines) naming its document by a kind and a Party number joined to its
     * symbol by a dash ("KẾT LUẬN 127-KL/TW CỦA BỘ CHÍNH TRỊ …", "Nghị quyết số 18-NQ/TW về …"): the kind is read folded,
     * so a spinner's respun letters ("KẾT LỦẬN") still name it; else null.
     */
    static Named partyHeadline(List<String> lines) {
        for (String l : firstLines(lines)) {
            Matcher m = PARTY_HEADLINE.matcher(l.replaceFirst("^\\s*date\\s+\\S+\\s+", ""));
            if (m.find() && HEADLINE_KINDS.contains(vn.gandan.shared.Texts.fold(m.group(1)))) {
                return new Named(Integer.parseInt(m.group(2)), m.group(3));
            }
        }
        return null;
    }
}
