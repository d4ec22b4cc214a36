package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 22: a portal's post of a document without its header — the post's headline is the kind word and the subject
 * ("Kế hoạch Tổ chức Hội nghị tiếp xúc, đối thoại … năm 2023"), the portal's stamp right under it ("Ngày cập nhật 27/07/2023",
 * "Ngày đăng: …", "Lượt xem: …"), then the body. The subject is the title; a headline naming the document by number is
 * {@link WebHeadline}'s, a headline without the stamp under it is news, never read here.
 */
final class PostHeadline {

    private static final Pattern KIND_THEN_SUBJECT = Pattern.compile("(?u)^(?:Kế hoạch|Báo cáo|Thông báo|Quyết định|Chương trình|Hướng dẫn|Quy chế"
            + "|Quy định|Tờ trình|Nghị quyết|Chỉ thị|Kết luận|Đề án)\\s+(\\p{Lu}[^|]{14,250}?)\\.?$");
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
        }
        return null;
    }
}
