package vn.gandan.imports;

import java.util.regex.Pattern;

/**
 * Session 22: the title (trích yếu) as a Vietnamese noun phrase laid out on lines — whether the phrase is still open at a line
 * break, whatever the next line looks like. A copy breaks the title anywhere (a PDF's text layer, a library re-wrapping it at
 * its own width), so the next line may open like an issuer ("… NHIỆM VỤ DO" / "ỦY BAN NHÂN DÂN TỈNH, CHỦ TỊCH …"), a kind
 * line ("… THỰC HIỆN" / "NGHỊ QUYẾT …") or a heading numeral ("… HỌC KỲ" / "I - NĂM HỌC …"). The model, by the last word of
 * the title so far:
 * <ul>
 * <li>a <b>function word</b> that cannot end a noun phrase (preposition, conjunction, determiner: "của", "do", "và", "cho",
 * "với", "về", "trong", "tại", "các", "những", "theo", "đối với", "giữa", "nhằm", "để", "trên", "từ", "đến", "thuộc" …), a
 * <b>joining mark</b> ("," "-" "–"), or a <b>verb that needs its object</b> ("ban hành", "phê duyệt", "thông qua", "về việc",
 * "V/v"; "thực hiện", "triển khai" in capitals): the next line goes on with the title unless it <b>opens a new structure</b>
 * (see {@link #opensStructure});</li>
 * <li>a <b>word that takes a numeral</b> ("năm", "năm học", "giai đoạn", "nhiệm kỳ" take a year; "học kỳ", "khóa", "lần thứ",
 * "đợt" an ordinal; "ngày" a date; a kind word citing a document its number "số …"): the next line goes on when it opens with
 * that numeral;</li>
 * <li>an <b>office that takes its body</b> ("… GIỮA THƯỜNG TRỰC" / "HỘI ĐỒNG NHÂN DÂN TỈNH …", "… CỦA CHỦ TỊCH" / "ỦY BAN …"): the
 * next line goes on when it is a body's name;</li>
 * <li>anything else: the phrase may be complete, and the caller's stops decide.</li>
 * </ul>
 */
final class TitlePhrase {

    /** Prepositions, conjunctions and determiners: a noun phrase never ends on one. */
    private static final String FUNCTION_WORDS = "của|do|và|cho|với|về|trong|tại|các|những|theo|đối với|giữa|nhằm|để|trên|từ|đến|thuộc"
            + "|hoặc|cùng|ở|vào|tới|mọi|dành cho|liên quan đến|gắn với|về việc|v/v";
    /** Verbs whose object must follow; "thực hiện" and "triển khai" end a running-case phrase often enough ("… tổ chức thực hiện") to count in capitals only. */
    private static final String OBJECT_VERBS = "ban hành|phê duyệt|thông qua";
    private static final Pattern ENDS_OPEN = Pattern.compile("(?su)(?:.*[\\s(“\"])?(?iu:" + FUNCTION_WORDS + "|" + OBJECT_VERBS + ")$"
            + "|(?su).*\\s(?:THỰC HIỆN|TRIỂN KHAI)$|(?s).*[,\\-–]$");

    private static final Pattern ENDS_ON_YEAR_WORD = Pattern.compile("(?su).*(?<![\\p{L}])(?iu:năm học|năm|giai đoạn|nhiệm kỳ|niên khóa|niên khoá)$");
    private static final Pattern OPENS_WITH_YEAR = Pattern.compile("^[(“\"]?\\s*(?:\\d{4}|\\d{1,2}\\s*/\\s*\\d{4})(?!\\d).*");
    private static final Pattern ENDS_ON_ORDINAL_WORD = Pattern.compile("(?su).*(?<![\\p{L}])(?iu:học\\s+kỳ|học\\s+kì|khóa|khoá|lần\\s+thứ|đợt|quý)$");
    private static final Pattern OPENS_WITH_ORDINAL = Pattern.compile("(?u)^(?:[IVXL]{1,5}|\\d{1,4})(?![\\p{L}\\d]).*");
    private static final Pattern ENDS_ON_DAY_WORD = Pattern.compile("(?su).*\\s(?iu:ngày)$");
    private static final Pattern OPENS_WITH_DATE = Pattern.compile("(?iu)^\\d{1,2}\\s*(?:/\\s*\\d{1,2}\\s*/|\\s+tháng\\s+\\d{1,2}\\s+năm)\\s*\\d{4}\\b.*");
    private static final Pattern ENDS_ON_OFFICE = Pattern.compile("(?su).*(?<![\\p{L}])(?iu:thường trực|chủ tịch|ban thường vụ|ban chấp hành)$");

    /** Lines that open a new structure: bases, salutation, enacting clauses, articles and parts, annex and draft notes, a notes block. */
    private static final Pattern STRUCTURE = Pattern.compile("(?iu)^(?:[-–+•]\\s*)?(?:Căn cứ|Kính gửi|Xét\\s|Theo đề nghị|Nơi nhận|Điều\\s+\\d"
            + "|Chương\\s+[IVX\\d]|PHẦN\\s|Phần\\s+(?:I|thứ|\\d)|MỤC LỤC|\\(\\s*(?:Dự thảo|Ban hành|Kèm)|QUYẾT ĐỊNH\\s*:|QUYẾT NGHỊ\\s*:)");
    /** A base naming a document ("Thực hiện Kế hoạch số 12/KH-UBND …") in running case; in capitals "THỰC HIỆN NGHỊ QUYẾT …" goes on a title. */
    private static final Pattern BASE = Pattern.compile("(?u)^Thực hiện\\s+(?:\\S+\\s+){0,3}?(?:số\\b|\\d+\\s*[/\\-])");
    private static final Pattern RULE = Pattern.compile("^(?:[-_=*.]{3,}|[–—]{2,}).*");
    /** A section numeral opening a heading ("I. MỤC ĐÍCH", "1. Mục tiêu", "II- …", "a) …"). */
    private static final Pattern SECTION = Pattern.compile("(?u)^(?:[IVXL]{1,5}|\\d{1,2}|[a-dA-D])\\s*[.)/]\\s*\\S|^[IVXL]{1,5}\\s*[-–]\\s*\\p{Lu}\\p{Ll}");
    /** The motto's second line. */
    private static final Pattern MOTTO_LINE = Pattern.compile("(?iu)^Độc\\s+lập\\b.*|^(?:Tự\\s+)?do\\s*[-–—]\\s*Hạnh\\s+phúc.*");
    /** An enacting sentence: a body's name, then it issues or drafts a document ("Ủy ban nhân dân phường X ban hành Kế hoạch …"). */
    private static final Pattern ENACTING_SENTENCE = Pattern.compile("(?iu)^.{3,120}?\\s(?:ban hành|xây dựng|triển khai)\\s+(?:kế hoạch|quy chế|quy định"
            + "|chương trình|hướng dẫn|thông báo|báo cáo)\\b.*");

    private TitlePhrase() {
    }

    /** Whether {@code line} goes on with the title so far by the grammar of the phrase alone; false leaves it to the caller's stops. */
    static boolean continues(CharSequence sofar, String line) {
        String s = sofar.toString().strip();
        String l = line.strip();
        if (s.isEmpty() || l.isEmpty()) {
            return false;
        }
        if (ENDS_ON_DAY_WORD.matcher(s).matches() && OPENS_WITH_DATE.matcher(l).matches()) {
            return true;
        }
        if (ENDS_ON_YEAR_WORD.matcher(s).matches()) {
            return OPENS_WITH_YEAR.matcher(l).matches();
        }
        if (ENDS_ON_ORDINAL_WORD.matcher(s).matches()) {
            return OPENS_WITH_ORDINAL.matcher(l).matches();
        }
        if (ENDS_ON_OFFICE.matcher(s).matches() && WordLists.startsUnit(l)) {
            return true;
        }
        return ENDS_OPEN.matcher(s).matches() && !opensStructure(l);
    }

    /** The title so far ends on a word or mark after which a noun phrase cannot stop. */
    static boolean open(CharSequence sofar) {
        return ENDS_OPEN.matcher(sofar.toString().strip()).matches();
    }

    private static final Pattern ENDS_ON_PRESIDIUM = Pattern.compile("(?su).*(?<![\\p{L}])(?iu:đoàn)$");

    /**
     * The text before a body's or an office's name cannot end there, so the name is the phrase's own and no enacting authority
     * under the title: an open phrase ("… NHIỆM VỤ DO" / "ỦY BAN NHÂN DÂN TỈNH, CHỦ TỊCH …"), an office awaiting its body ("… GIỮA
     * THƯỜNG TRỰC" / "HỘI ĐỒNG NHÂN DÂN TỈNH"), the presidium ("ĐOÀN" / "CHỦ TỊCH …").
     */
    static boolean awaits(CharSequence before) {
        String s = before.toString().strip();
        return !s.isEmpty() && (ENDS_OPEN.matcher(s).matches() || ENDS_ON_OFFICE.matcher(s).matches() || ENDS_ON_PRESIDIUM.matcher(s).matches());
    }

    /**
     * A line that opens a new structure, ending even an open phrase: a base, the salutation, an enacting clause, a rule, a
     * section numeral, a number or date line, the motto, an enacting sentence, a portal's stamp ("Ngày cập nhật …").
     */
    static boolean opensStructure(String line) {
        String l = line.strip();
        return STRUCTURE.matcher(l).lookingAt() || BASE.matcher(l).lookingAt() || RULE.matcher(l).matches() || SECTION.matcher(l).lookingAt()
                || HeaderSegments.DATE.matcher(l).lookingAt() || TitleTails.placeDateLine(l) || HeaderSegments.NUMBER.matcher(l).lookingAt()
                && !l.matches("(?u)^(?:SỐ|số)\\s+\\d.*") || HeaderSegments.MOTTO.matcher(l).lookingAt() || MOTTO_LINE.matcher(l).matches()
                || l.matches("(?u)^" + Title.PAGE_META + ".*") || !TextLines.isUpper(l) && WordLists.startsUnit(l) && ENACTING_SENTENCE.matcher(l).matches();
    }
}
