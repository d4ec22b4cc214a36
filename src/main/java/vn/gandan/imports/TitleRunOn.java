package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 25: a title run on into the header line a copy put after it, no break between — the piece is the header's, never
 * the subject's tail:
 * <ul>
 * <li>the document's own identity, kind word and number with its symbol, repeated by a portal under the headline ("Tổ chức
 * Hội diễn văn nghệ … lần thứ III" / "Kế hoạch 90/KH-LT"): cut, unless the phrase before it awaits a document as its object
 * ("… triển khai Kế hoạch số 12/KH-UBND", "… theo Công văn 45/SGD");</li>
 * <li>an organ's name in capitals with its locality after a running-case subject (the enacting authority's line of a
 * decision: "… nhiệm kỳ 2026 – 2031" / "BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ …"): cut, unless the phrase before it
 * awaits a body ("… của", "… giữa Thường trực").</li>
 * </ul>
 */
final class TitleRunOn {

    private static final Pattern IDENTITY_AT_END = Pattern.compile("(?u)\\s+(?=(?iu:kế hoạch|công văn|báo cáo|hướng dẫn|thông báo|chương trình"
            + "|quyết định|nghị quyết|chỉ thị|kết luận|tờ trình|quy chế|quy định|đề án|phương án)\\s+(?:(?iu:số)\\s*:?\\s*)?\\d{1,6}\\s*[/\\-]\\s*"
            + "\\p{Lu}[\\p{L}\\d&/\\-.]*\\s*$)");

    /** Verbs that take a document as their object: "… triển khai Kế hoạch 12/KH-UBND" names the document carried out. */
    private static final Pattern TAKES_DOCUMENT = Pattern.compile("(?su).*(?<![\\p{L}])(?iu:thực hiện|triển khai|sơ kết|tổng kết|quán triệt|thi hành"
            + "|sửa đổi|bổ sung|thay thế|bãi bỏ|hủy bỏ|điều chỉnh|học tập|tuyên truyền|kèm theo|căn cứ|tại|theo)$");

    private static final Pattern ORGAN_AT_END = Pattern.compile("(?u)(?<=[\\p{Ll}\\d)”\"])\\s+(?=(?:BAN THƯỜNG TRỰC|BAN THƯỜNG VỤ|BAN CHẤP HÀNH"
            + "|THƯỜNG TRỰC|(?:ỦY|UỶ) BAN|UBND|HỘI ĐỒNG|ĐẢNG ỦY|ĐẢNG UỶ|CHI BỘ|CÔNG ĐOÀN|LIÊN ĐOÀN|HỘI|SỞ|PHÒNG|TRƯỜNG)\\s[^\\p{Ll}]{0,100}"
            + "(?<![\\p{L}])(?:XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH|TP\\.?)\\s+[^\\p{Ll}\\d]{2,60}$)");

    private TitleRunOn() {
    }

    /** Where the header line run on after the subject starts in {@code t}, or -1. */
    static int cut(String t) {
        Matcher m = IDENTITY_AT_END.matcher(t);
        if (m.find() && !TitlePhrase.awaits(t.substring(0, m.start())) && !TAKES_DOCUMENT.matcher(t.substring(0, m.start())).matches()) {
            return m.start();
        }
        m = ORGAN_AT_END.matcher(t);
        return m.find() && t.substring(0, m.start()).codePoints().anyMatch(Character::isLowerCase) && !TitlePhrase.awaits(t.substring(0, m.start()))
                ? m.start() : -1;
    }
}
