package vn.gandan.imports;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 24: a news lead dating a body's unnumbered document by the act alone — "(QNO) - Ngày 11.8, Văn phòng Tỉnh ủy có công
 * văn về việc hoãn tiếp công dân định kỳ tháng 8.2020." — the bare "có" (no "đã", "vừa") made an issuing act by the sentence's
 * own date. The item is about that document: a document the item cites further on ("Theo Thông báo số 676-TB/TƯ ngày … của …")
 * is not its own. Read in the first three paragraphs; refused when the head names a document of the same kind with a number
 * (the item's document then has one, and the numbered readers give it).
 */
final class DatedLetter {

    private static final Pattern ACT = Pattern.compile("^((?:" + Issuers.UNIT_START.pattern() + ")[^,.;:\\n]{0,100}?)\\s+(?iu:có\\s+(công văn|văn bản|thông báo"
            + "|hướng dẫn|kế hoạch))(?![\\p{L}])\\s*,?\\s*((?iu:về việc|về|V/v)\\s[^\\n]*)");

    private DatedLetter() {
    }

    /** The unnumbered document a dated lead tells a body has, or null. */
    static WebHeadline.Headline find(String head) {
        String[] paras = head.split("\n");
        for (int i = 0; i < Math.min(paras.length, 3); i++) {
            String para = paras[i].strip();
            Matcher lead = NewsSentence.LEAD_DATE.matcher(para);
            if (!lead.lookingAt()) {
                continue;
            }
            Matcher m = ACT.matcher(para.substring(lead.end()));
            if (!m.find()) {
                continue;
            }
            String word = m.group(2).toLowerCase(Locale.ROOT);
            if (Pattern.compile("(?iu)(?<![\\p{L}])" + word + "\\s+số\\s*:?\\s*\\d").matcher(head).find()) {
                return null;
            }
            String title = WebHeadline.title(m.group(3));
            DateParts date = NewsSentence.parts(lead);
            return title == null ? null
                    : new WebHeadline.Headline(word.equals("văn bản") ? null : word, null, null, date, List.of(m.group(1).strip()), title);
        }
        return null;
    }
}
