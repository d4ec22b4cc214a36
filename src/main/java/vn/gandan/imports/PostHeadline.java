package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 22: a portal's post of a document without its header — the post's headline is the kind word and the subject
 * ("Kế hoạch Tổ chức Hội nghị tiếp xúc, đối thoại … năm 2023"), the portal's stamp right under it ("Ngày cập nhật 27/07/2023",
 * "Ngày đăng: …", "Lượt xem: …"), then the body. The subject is the title; a headline naming the document by number is
 * {@link WebHeadline}'s, a headline without the stamp under it is news, never read here.
 * <p>
 * Session 25: the same headline where the document itself opens right under it instead of the stamp — its bases ("Kế hoạch
 * Tháng Thanh niên năm 2021" / "Căn cứ kế hoạch số …"), its salutation ("Hướng dẫn hồ sơ thi đua … năm học 2012-2013" /
 * "Kính gởi: …"), or its header (an organ's name in capitals, the motto, the Party's or Đoàn's name, "Số: …", the place and
 * date: "Công văn Về việc đón đọc …" / "ỦY BAN MTTQ VIỆT NAM" …); a short counter between ("281") is the page's. Kind words
 * also the ones a portal posts under ("Công văn", "Đề cương tuyên truyền", "Phương án", "Thể lệ"); the subject keeps its own
 * first word and case ("Về việc …"). A headline over a news lead ("(QNO) - Trung ương Đoàn vừa ban hành …") is not read here.
 */
final class PostHeadline {

    private static final Pattern KIND_THEN_SUBJECT = Pattern.compile("(?u)^(?:Kế hoạch|Báo cáo|Thông báo|Quyết định|Chương trình|Hướng dẫn|Quy chế"
            + "|Quy định|Tờ trình|Nghị quyết|Chỉ thị|Kết luận|Đề án)\\s+(\\p{Lu}[^|]{14,250}?)\\.?$");
    /** Session 25: the headline read where the document opens under it: more kind words, a subject in either case. */
    private static final Pattern KIND_THEN_ANY_SUBJECT = Pattern.compile("(?u)^(?:Kế hoạch|Báo cáo|Thông báo|Quyết định|Chương trình|Hướng dẫn|Quy chế"
            + "|Quy định|Tờ trình|Nghị quyết|Chỉ thị|Kết luận|Đề án|Công văn|Đề cương(?: tuyên truyền| giới thiệu)?|Phương án|Thể lệ)\\s+"
            + "(?!(?:này|số|của|năm|tháng|ngày|và|đã|được|kèm|vừa|sẽ|gửi|trên|tại)\\s)(\\p{L}[^|:;]{14,250}?)$");
    /** The document's own opening: a base, a salutation. */
    private static final Pattern OPENING = Pattern.compile("(?iu)^(?:[-–+•*]\\s*)?(?:Căn cứ|Thực hiện|Kính g[ửởở]i)\\b");
    /** The place and date line of a header ("TP. Hồ Chí Minh, ngày 21 tháng 02 năm 2014"). */
    private static final Pattern PLACE_DATE = Pattern.compile("(?u)(?<![\\p{L},])(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}\\p{Lu}[\\p{L}.]*\\s*,\\s*(?iu:ngày)\\s+\\d{1,2}\\s+(?iu:tháng)\\s+\\d{1,2}\\s+(?iu:năm)\\s+\\d{4}");
    private static final Pattern NUMBERED = Pattern.compile("(?iu)(?:^|\\s)số\\s*:?\\s*\\d|\\d+\\s*/\\s*\\p{Lu}");
    private static final Pattern STAMP = Pattern.compile("(?u)^" + Title.PAGE_META + ".*");

    private PostHeadline() {
    }

    /** The subject of the headline right above the portal's stamp among the first paragraphs, or null. */
    static String subject(List<String> paras) {
        for (int i = 0; i + 1 < Math.min(paras.size(), 16); i++) {
            Matcher m = KIND_THEN_SUBJECT.matcher(paras.get(i).strip());
            if (m.matches() && !NUMBERED.matcher(m.group(1)).find() && STAMP.matcher(paras.get(i + 1).strip()).matches()) {
                return m.group(1).strip();
            }
            m = KIND_THEN_ANY_SUBJECT.matcher(paras.get(i).strip());
            if (m.matches() && !NUMBERED.matcher(m.group(1)).find() && !m.group(1).strip().endsWith(".") && opensUnder(paras, i + 1)) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** Whether the document itself opens at paragraph {@code at} (past a short counter or two): bases, salutation or header. */
    static boolean opensUnder(List<String> paras, int at) {
        int i = at;
        while (i < paras.size() && i < at + 2 && paras.get(i).strip().length() <= 8 && !paras.get(i).strip().matches("(?u).*\\p{L}{3}.*")) {
            i++;
        }
        if (i >= paras.size()) {
            return false;
        }
        String p = paras.get(i).strip();
        String first = p.lines().findFirst().orElse("").strip();
        String head = p.substring(0, Math.min(p.length(), 400));
        return OPENING.matcher(first).find() || TextLines.isUpper(first) && WordLists.startsUnit(first)
                || HeaderSegments.MOTTO.matcher(head).find() || HeaderSegments.PARTY.matcher(head).find()
                || HeaderSegments.NUMBER.matcher(first).lookingAt() || PLACE_DATE.matcher(head).find();
    }
}
