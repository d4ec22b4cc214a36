package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 24: a news item telling of an event held to carry out a document it names (gold convention 10) — "Thực hiện Kế
 * hoạch số 33-KH/ĐU, ngày 22/4/2022 của Đảng ủy xã X về việc tổ chức đại hội chi bộ …; … Chiều ngày 20/5/2022, chi bộ thôn 17
 * long trọng tổ chức Đại hội …", "Thực hiện Kế hoạch liên tịch số 12-KHLT/MT-CĐCS về Tổ chức Hội nghị … của Trường Y / Vào
 * lúc 13g30 ngày 07 tháng 12 năm 2023, trường Y đã tổ chức Hội nghị …". The document is the first one the lead's "Thực hiện"
 * clause names (a "Căn cứ" base beside it is not what the event carries out): its kind, number, symbol, the date written
 * right after it (never the event's), the body it is "của" and its "về …" subject.
 * <p>
 * The shape is told apart from a document's own opening base ("Thực hiện Kế hoạch số … của …, UBND xã xây dựng kế hoạch …
 * như sau:") by what follows: within the next three sentences a dated or timed one in which a subject holds an event
 * ("tổ chức Hội nghị / Đại hội / Ngày hội / Lễ / Hội thi …"), and nothing between them that drafts or issues a document or
 * opens a body ("xây dựng kế hoạch", "ban hành", "như sau"). The "Thực hiện" paragraph must be the page's lead: no sentence
 * paragraph other than a base stands before it (a portal's menu lines, headlines and stamps do not count).
 */
final class CarriedOut {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(Kế hoạch|Chương trình|Hướng dẫn|Công văn|Chỉ thị|Nghị quyết|Quyết định|Thông báo|Kết luận|Đề án)";
    private static final Pattern NAMED = Pattern.compile("^\\s*[-–+•]?\\s*Thực hiện\\s+" + KIND + "(?:\\s+(liên tịch|phối hợp|hành động|liên ngành))?\\s+số\\s*:?\\s*(\\d{1,5})"
            + "\\s*[/\\-–]\\s*((?-i:\\p{Lu})[\\p{L}\\d&.]*(?:\\s?[/\\-–]\\s?[\\p{L}\\d&.]+)*)(?![\\p{L}\\d])", CI);
    private static final Pattern DATE = Pattern.compile("^\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})(?!\\d)"
            + "|^\\s*,?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})", CI);
    private static final Pattern OF = Pattern.compile("^\\s*,?\\s*của\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,.;:\\n]{0,100}?)\\s*(?=,?\\s*(?:về việc|về|V/v)\\s)", CI);
    private static final Pattern ABOUT = Pattern.compile("^\\s*,?\\s*((?:về việc|về|V/v)\\s[^;\\n]*?)\\s*(?:;|\\.(?=\\s|$)|$)", CI);
    /** The body named after the subject, at its end ("… năm học 2023-2024 của Trường Tiểu học Y"). */
    private static final Pattern TRAILING_OF = Pattern.compile("\\s+của\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,;:]{2,80})$", CI);
    /** A sentence telling that a subject holds an event, dated or timed before the verb. */
    private static final Pattern EVENT = Pattern.compile("(?:ngày\\s+\\d{1,2}\\s*(?:[/.\\-]\\s*\\d{1,2}|tháng\\s+\\d{1,2})|(?:sáng|chiều|tối|trưa)\\s+(?:nay|qua|ngày\\s+\\d)"
            + "|\\d{1,2}\\s*(?:g|h|giờ)\\s*\\d{0,2}|hôm nay)[^.;]{0,160}?\\s(?:đã\\s+|vừa\\s+)?(?:(?:long|trang)\\s+trọng\\s+)?(?:tổ chức|tiến hành|khai mạc)\\s+"
            + "(?:thành công\\s+)?(?:Hội nghị|Đại hội|Ngày hội|Lễ|Hội thi|Hội thao|Hội diễn|Hội trại|Hội giảng|Liên hoan|Tọa đàm|Toạ đàm|Diễn đàn|Cuộc thi|buổi|phiên)(?![\\p{L}])", CI);
    /** What makes the lead a document's own opening rather than a story: a document drafted or issued, a body announced. */
    private static final Pattern OWN_ACT = Pattern.compile("(?:xây dựng|ban hành|triển khai|lập|ký|ra|có)\\s+(?:kế hoạch|chương trình|thông báo|hướng dẫn|công văn|quyết định|báo cáo|văn bản)(?![\\p{L}])"
            + "|như sau|báo cáo\\s+(?:kết quả|tình hình)", CI);
    private static final Pattern BASE = Pattern.compile("^\\s*[-–+•]?\\s*(?:Căn cứ|Thực hiện|Theo|Được sự)(?![\\p{L}])", CI);

    private CarriedOut() {
    }

    /** The document the page's lead says an event carried out, or null when the page is not that shape. */
    static WebHeadline.Headline find(List<String> paras) {
        for (int i = 0; i < paras.size(); i++) {
            String para = paras.get(i).strip();
            Matcher m = NAMED.matcher(para);
            if (m.find()) {
                return carried(para, m, paras.subList(i + 1, Math.min(paras.size(), i + 4)));
            }
            if (sentence(para) && !BASE.matcher(para).lookingAt()) {
                return null; // the lead is some other sentence
            }
        }
        return null;
    }

    /** A paragraph that reads as a sentence of running text: twelve words or more, mostly in small letters, ending on a stop. */
    static boolean sentence(String para) {
        return para.split("\\s+").length >= 12 && para.matches("(?s).*[.;:]$") 
                && para.codePoints().filter(Character::isLowerCase).count() > 2 * para.codePoints().filter(Character::isUpperCase).count();
    }

    private static WebHeadline.Headline carried(String para, Matcher m, List<String> next) {
        String rest = para.substring(m.end());
        Matcher dated = DATE.matcher(rest);
        DateParts date = DateParts.BLANK;
        if (dated.find()) {
            int g = dated.group(1) != null ? 1 : 4;
            date = new DateParts(HeaderBlock.num(dated.group(g)), HeaderBlock.num(dated.group(g + 1)), HeaderBlock.num(dated.group(g + 2)));
            rest = rest.substring(dated.end());
        }
        String unit = null;
        Matcher of = OF.matcher(rest);
        if (of.find()) {
            unit = of.group(1).strip();
            rest = rest.substring(of.end());
        }
        Matcher about = ABOUT.matcher(rest);
        String title = about.find() ? about.group(1).strip() : null;
        if (title != null) {
            Matcher trailing = TRAILING_OF.matcher(title);
            if (trailing.find()) {
                unit = unit == null ? trailing.group(1).strip() : unit;
                title = title.substring(0, trailing.start()).strip();
            }
            title = WebHeadline.title(title);
        }
        String after = String.join("\n", next);
        if (!heldEvent(afterFirstClause(para, m.end()) + "\n" + after)) {
            return null;
        }
        String kind = m.group(1).toLowerCase(java.util.Locale.ROOT);
        return new WebHeadline.Headline(kind, HeaderBlock.num(m.group(3)), m.group(4).replaceAll("\\s+", "").replaceAll("[.\\-–/]+$", ""), date,
                unit == null ? List.of() : List.of(unit), title);
    }

    private static final Pattern CLAUSE_END = Pattern.compile(";|\\.(?=\\s+\\p{Lu})");

    /** The lead's text after the clause naming the document: from the clause's end (";", a sentence's stop). */
    private static String afterFirstClause(String para, int from) {
        Matcher stop = CLAUSE_END.matcher(para);
        return stop.find(from) ? para.substring(stop.end()) : "";
    }

    /** Whether the next three sentences tell of an event held, and none of those before it drafts or issues a document. */
    static boolean heldEvent(String text) {
        String[] sentences = text.split("(?<=[.;])\\s+|\\n+");
        int counted = 0;
        for (String s : sentences) {
            String t = s.strip();
            if (t.isEmpty()) {
                continue;
            }
            if (OWN_ACT.matcher(t).find()) {
                return false;
            }
            if (EVENT.matcher(t).find()) {
                return true;
            }
            if (!BASE.matcher(t).lookingAt() && ++counted >= 3) {
                return false;
            }
        }
        return false;
    }
}
