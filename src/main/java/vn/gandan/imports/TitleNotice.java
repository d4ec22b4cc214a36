package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 26: the subject of a document a news lead tells of without its number — a body that "vừa / đã / mới" signed, sent
 * or has a letter, notice or plan, and what it is about: "Thường trực Tỉnh ủy vừa có thông báo về lịch tiếp dân định kỳ tháng
 * 2 …", "Chánh Văn phòng Bộ vừa ký văn bản gửi các sở, ngành; các trường về việc không tiếp khách nhân ngày 20/11.", "Ban X
 * vừa có công văn thông báo về việc không nhận hoa …". The title is the "về …" / "về việc …" phrase as the lead writes it, to
 * the sentence's end (the recipients between the kind word and "về" are passed over).
 * <p>
 * An open slot, no list of subjects: the act (ký, có, ban hành, gửi, phát hành, ra) after its adverb, a kind word NOT
 * followed by a number (a numbered mention is {@link LeadMention}'s), then the first "về". A subject told by a verb instead
 * ("vừa có công văn chỉ đạo …") gives nothing; the reading stops at the first paragraph naming a numbered document.
 */
final class TitleNotice {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(?:văn bản|công văn|thông báo|kế hoạch|hướng dẫn|chỉ thị|quyết định|báo cáo|chương trình|công điện|thư)";
    /** The told act, the unnumbered kind word, what stands before "về" (recipients, "thông báo"), and the subject to the stop. */
    private static final Pattern TOLD = Pattern.compile("(?<![\\p{L}])(?:vừa|đã|mới)\\s+(?:ký|có|ban hành|gửi|phát hành|ra)\\s+" + KIND
            + "(?!\\s+(?:số|\\d))(?![\\p{L}])[^.\\n]{0,300}?\\s((?:về việc|về|V/v)\\s[^\\n]*?)\\s*(?:\\.(?=\\s|$)|$)", CI);
    /** A document named with its number ("Kế hoạch số 12", "Hướng dẫn 22-HD/…"): the lead is about that one. */
    private static final Pattern NUMBERED = Pattern.compile("(?<![\\p{L}])(?:Kế hoạch|Công văn|Văn bản|Thông báo|Hướng dẫn|Chỉ thị|Quyết định|Nghị quyết"
            + "|Chương trình|Kết luận|Báo cáo)\\s+(?:số\\s*:?\\s*)?\\d", CI);

    private TitleNotice() {
    }

    /** The "về …" subject of the first of the lead's paragraphs telling of an unnumbered document, or null. */
    static String subject(List<String> paras) {
        for (int i = 0; i < Math.min(paras.size(), 8); i++) {
            String para = paras.get(i).strip();
            Matcher told = TOLD.matcher(para);
            Matcher numbered = NUMBERED.matcher(para);
            if (numbered.find() && (!told.find() || numbered.start() < told.start())) {
                return null;
            }
            if (told.find(0)) {
                return told.group(1).strip();
            }
        }
        return null;
    }
}
