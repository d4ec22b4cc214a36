package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 24: a news item telling of an event held to carry out a document it names (gold convention 10) — "Thực hiện Kế
 * hoạch số 33-KH/ĐU, ngày 22/4/2022 của Đảng ủy xã X về việc tổ chức đại hội chi bộ …; … Chiều ngày 20/5/2022, chi bộ thôn 17
 * long trọng tổ chức Đại hội …", "Thực hiện Kế hoạch liên tịch số 12-KHLT/MT-CĐCS về Tổ chức Hội nghị … của Trường Y / Vào
 * lúc 13g30 ngày 07 tháng 12 năm 2023, trường Y đã tổ chức Hội nghị …". In general: a base word ("Thực hiện", "Thực hiện
 * theo", "Triển khai", "Căn cứ", "Theo"), a kind phrase in any case with up to two qualifiers before "số" ("công văn hướng dẫn",
 * "hướng dẫn liên tịch"), the number and symbol, the document's own date, then the issuer ("của …", a verb "hướng dẫn về"
 * allowed before the subject) before or after the "về …" subject; joint bodies writing their place once after the second
 * ("của Liên đoàn Lao động và Phòng Giáo dục quận X") are two issuers, each given the place. The event may follow in the lead's
 * own paragraph ("… nhiệm kỳ 2017-2020. Sau thời gian chuẩn bị, ngày 05 tháng 8 năm 2017, chi bộ … tổ chức Đại hội") or in
 * the next ones. The document is the first one a "Thực hiện"-like base names; a "Căn cứ" / "Theo" one only when no such
 * base stands in the lead's run of bases.
 * <p>
 * The shape is told apart from a document's own opening base ("Thực hiện Kế hoạch số … của …, UBND xã xây dựng kế hoạch …
 * như sau:") by what follows: within the next three sentences a dated or timed one in which a subject holds an event
 * ("tổ chức Hội nghị / Đại hội / Ngày hội / Lễ / Hội thi …"), and nothing between them that drafts or issues a document or
 * opens a body ("xây dựng kế hoạch", "ban hành", "như sau"). The base's paragraph must be the page's lead: no sentence
 * paragraph other than a base stands before it (a portal's menu lines, stamps and a short headline without a comma do not
 * count).
 */
final class CarriedOut {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(" + KindWords.CARRIED_OUT + ")";
    /** The base words a lead opens with; "Thực hiện" and its kin tell what the event carries out, "Căn cứ" and "Theo" may. */
    private static final String CARRYING = "Thực hiện(?:\\s+theo)?|Tiếp tục thực hiện|Triển khai(?:\\s+thực hiện)?";
    private static final String GROUNDING = "Căn cứ(?:\\s+vào|\\s+theo)?|Theo";
    /** A kind word and up to two small-letter qualifiers before "số" ("Kế hoạch liên tịch", "công văn hướng dẫn", "hướng dẫn liên tịch"). */
    private static final Pattern NAMED = Pattern.compile("^\\s*[-–+•]?\\s*(" + CARRYING + "|" + GROUNDING + ")\\s+" + KIND
            + "((?:\\s+(?-i:\\p{Ll}+)){0,2})\\s+số\\s*:?\\s*(\\d{1,5})"
            + "\\s*[/\\-–]\\s*((?-i:\\p{Lu})[\\p{L}\\d&.]*(?:\\s?[/\\-–]\\s?[\\p{L}\\d&.]+)*)(?![\\p{L}\\d])", CI);
    private static final Pattern CARRYING_WORD = Pattern.compile("^\\s*[-–+•]?\\s*(?:" + CARRYING + ")\\s", CI);
    /** A verb the issuer's name may take before the subject ("… của Liên đoàn Lao động quận X hướng dẫn về …"). */
    private static final String VERB = "(?:hướng dẫn|quy định|triển khai|chỉ đạo)\\s+(?=về\\s|về việc\\s)";
    private static final Pattern DATE = Pattern.compile("^\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2})(?!\\d)"
            + "|^\\s*,?\\s*ngày\\s+(\\d{1,2})\\s+tháng\\s+(\\d{1,2})\\s+năm\\s+((?:19|20)\\d{2})", CI);
    private static final Pattern OF = Pattern.compile("^\\s*,?\\s*của\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,.;:\\n]{0,100}?)\\s*(?=,?\\s*(?:" + VERB + ")?(?:về việc|về|V/v)\\s)", CI);
    private static final Pattern ABOUT = Pattern.compile("^\\s*,?\\s*(?:" + VERB + ")?((?:về việc|về|V/v)\\s[^;\\n]*?)\\s*(?:;|\\.(?=\\s|$)|$)", CI);
    /** The body named after the subject, at its end ("… năm học 2023-2024 của Trường Tiểu học Y"). */
    private static final Pattern TRAILING_OF = Pattern.compile("\\s+của\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,;:]{2,80})$", CI);
    /**
     * A sentence telling that a subject holds an event, dated or timed before the verb; a date of a document named "… ngày
     * 6/8/2019 của Quận ủy về tổ chức Đại hội …" is no event's (no "về" between the date and the verb).
     */
    private static final Pattern EVENT = Pattern.compile("(?:ngày\\s+\\d{1,2}\\s*(?:[/.\\-]\\s*\\d{1,2}|tháng\\s+\\d{1,2})|(?:sáng|chiều|tối|trưa)\\s+(?:nay|qua|ngày\\s+\\d)"
            + "|\\d{1,2}\\s*(?:g|h|giờ)\\s*\\d{0,2}|hôm nay)(?:(?!(?<![\\p{L}])về\\s)[^.;]){0,160}?\\s(?:đã\\s+|vừa\\s+)?(?:(?:long|trang)\\s+trọng\\s+)?(?:tổ chức|tiến hành|khai mạc)\\s+"
            + "(?:thành công\\s+)?(?:Hội nghị|Đại hội|Ngày hội|Lễ|Hội thi|Hội thao|Hội diễn|Hội trại|Hội giảng|Liên hoan|Tọa đàm|Toạ đàm|Diễn đàn|Cuộc thi|buổi|phiên)(?![\\p{L}])", CI);
    /** What makes the lead a document's own opening rather than a story: a document drafted or issued, a body announced. */
    private static final Pattern OWN_ACT = Pattern.compile("(?:xây dựng|ban hành|triển khai|lập|ký|ra|có)\\s+(?:kế hoạch|chương trình|thông báo|hướng dẫn|công văn|quyết định|báo cáo|văn bản)(?![\\p{L}])"
            + "|như sau|báo cáo\\s+(?:kết quả|tình hình)", CI);
    private static final Pattern BASE = Pattern.compile("^\\s*[-–+•]?\\s*(?:Căn cứ|Thực hiện|Theo|Được sự)(?![\\p{L}])", CI);

    private CarriedOut() {
    }

    /**
     * The document the page's lead says an event carried out, or null when the page is not that shape. Of the bases the lead
     * opens with, the first "Thực hiện" one names what the event carries out; a "Căn cứ" / "Theo" one only when no such base
     * stands beside it.
     */
    static WebHeadline.Headline find(List<String> paras) {
        int grounding = -1;
        for (int i = 0; i < paras.size(); i++) {
            String para = paras.get(i).strip();
            Matcher m = NAMED.matcher(para);
            if (m.find()) {
                if (CARRYING_WORD.matcher(para).lookingAt()) {
                    return carried(para, m, paras.subList(i + 1, Math.min(paras.size(), i + 4)));
                }
                grounding = grounding < 0 ? i : grounding;
                continue;
            }
            if (grounding >= 0 && !BASE.matcher(para).lookingAt() || sentence(para) && !BASE.matcher(para).lookingAt() && !headline(para)) {
                break; // the run of bases has ended, or the lead is some other sentence
            }
        }
        if (grounding < 0) {
            return null;
        }
        String para = paras.get(grounding).strip();
        Matcher m = NAMED.matcher(para);
        return m.find() ? carried(para, m, paras.subList(grounding + 1, Math.min(paras.size(), grounding + 4))) : null;
    }

    /** A page's headline repeated above its lead: one short sentence without a comma ("Đại hội Chi bộ trường X nhiệm kỳ 2017 - 2020."). */
    private static boolean headline(String para) {
        return para.split("\\s+").length <= 20 && !para.matches("(?s).*[,;:].*") && !para.matches("(?s).*[.!?]\\s+\\p{Lu}.*");
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
        String kind = m.group(2).toLowerCase(java.util.Locale.ROOT);
        return new WebHeadline.Headline(kind, HeaderBlock.num(m.group(4)), m.group(5).replaceAll("\\s+", "").replaceAll("[.\\-–/]+$", ""), date,
                unit == null ? List.of() : sharingPlace(unit), title);
    }

    private static final Pattern CLAUSE_END = Pattern.compile(";|\\.(?=\\s+\\p{Lu})");

    /** The lead's text after the clause naming the document: from the clause's end (";", a sentence's stop). */
    private static String afterFirstClause(String para, int from) {
        Matcher stop = CLAUSE_END.matcher(para);
        return stop.find(from) ? para.substring(stop.end()) : "";
    }

    /**
     * Whether the next three sentences tell of an event held, and none of those before it drafts or issues a document; an act
     * written after the event in the event's own sentence ("… tổ chức Hội nghị … và triển khai kế hoạch năm học") is its content.
     */
    static boolean heldEvent(String text) {
        String[] sentences = text.split("(?<=[.;])\\s+|\\n+");
        int counted = 0;
        for (String s : sentences) {
            String t = s.strip();
            if (t.isEmpty()) {
                continue;
            }
            Matcher event = EVENT.matcher(t);
            Matcher own = OWN_ACT.matcher(t);
            boolean held = event.find();
            if (own.find() && (!held || own.start() < event.start())) {
                return false; // a document drafted or a body opened before any event told
            }
            if (held) {
                return true;
            }
            if (!BASE.matcher(t).lookingAt() && ++counted >= 3) {
                return false;
            }
        }
        return false;
    }

    /** Two bodies joined by "và" writing their shared place once, after the second ("Liên đoàn Lao động và Phòng Giáo dục quận X"). */
    private static final Pattern JOINT = Pattern.compile("^(.+?)\\s+và\\s+((?:" + Issuers.UNIT_START.pattern() + ").+?)\\s+((?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)\\s+(?-i:\\p{Lu})[^,;]*)$", CI);
    private static final Pattern HAS_PLACE = Pattern.compile("(?<![\\p{L}])(?:thành phố|tỉnh|huyện|quận|thị xã|xã|phường|thị trấn)(?![\\p{L}])", CI);

    /** The issuer as one body, or as the joint bodies that share the place written after the second (each given it). */
    static List<String> sharingPlace(String unit) {
        Matcher m = JOINT.matcher(unit);
        if (!m.matches() || !Issuers.UNIT_START.matcher(m.group(1)).lookingAt() || HAS_PLACE.matcher(m.group(1)).find() || HAS_PLACE.matcher(m.group(2)).find()) {
            return List.of(unit);
        }
        return List.of(m.group(1) + " " + m.group(3), m.group(2) + " " + m.group(3));
    }
}
