package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 18: the title a news item gives a plan or programme it tells of without a number, when nothing else gave one
 * (no header, no kind line, no numbered news sentence). Held-out 8, retired this session, showed the shape in news items
 * of every kind of body: "…, Hội Liên hiệp Phụ nữ tỉnh (LHPN) có kế hoạch tổ chức nhiều hoạt động …", "Ban Thường vụ …
 * triển khai Kế hoạch tổ chức chuỗi hoạt động …", "Hội Khuyến học huyện … đã xây dựng kế hoạch triển khai …", "… tổ chức hội
 * nghị ký kết chương trình phối hợp giữa …"; and "Theo kế hoạch của X về việc …, <the item's own clause>".
 * <p>
 * The reading is structural: a unit subject (at a paragraph's or clause's start), adverbs, an act on the document (có,
 * xây dựng, triển khai, ban hành, ký kết …; a meeting only when it signs: "tổ chức hội nghị ký kết chương trình …" — a meeting that
 * puts a plan to work is narrated, no act on the document, as in session 16), the kind word "kế hoạch" or
 * "chương trình" with no number, then the subject — a "về …" phrase, else a phrase led by its own lower-case verb or noun
 * — to the sentence's end. {@link TitleSignals} has the last word on both ends. Only a title: kind, issuer and date are
 * other steps' business.
 */
final class NewsLead {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String UNIT = "(?:" + Issuers.UNIT_START.pattern() + "|Công an|Liên minh|UBMTTQ|Mặt trận|Thường trực|Trung ương(?=\\s+(?:Hội|Đoàn)\\s))(?![\\p{L}])"; // s19; s21: "Trung ương Hội Nông dân Việt Nam và Bộ … ký kết": a council's standing body ("Thường trực Hội đồng nhân dân xã xây dựng Kế hoạch …")
    /** Subject, adverbs, the act and the kind word; the unit's own text never holds a meeting word (that is the act's). */
    private static final Pattern ACT = Pattern.compile("(?:^|[,;.]\\s+|\\s[-–]\\s+|(?i:vừa qua|mới đây|theo đó),?\\s+)(?:" + UNIT + ")"
            + "(?:(?!\\s(?:tổ chức|hội nghị|họp|cuộc)\\s)[^,.;:\\n]){0,100}?\\s+"
            + "(?iu:(?:(?:đã|vừa|mới|sẽ|chính thức)\\s+)*(?:(?:tổ chức\\s+(?:hội nghị|lễ)\\s+)?ký kết|có|xây dựng|triển khai|ban hành|ký|ra|lập|thông qua|công bố)\\s+(kế hoạch|chương trình|quy chế))(?![\\p{L}])([^\\n]*)"); // s20: "tổ chức hội nghị ký kết quy chế phối hợp …"
    /** "về …" right after the kind word, a programme's "phối hợp" allowed in front ("chương trình phối hợp về việc …"). */
    private static final Pattern ABOUT = Pattern.compile("^\\s+(?:phối hợp\\s+)?((?:về việc|về)\\s[^\\n]*)", CI);
    /** A subject led by its own lower-case word, not one that continues the naming ("số", "của", "năm" …) nor an adverb. */
    private static final Pattern LED = Pattern.compile("^\\s+((?!(?:số|của|gửi|ngày|năm|tháng|và|tại|với|cho|nhằm|để|do|đến|tới|trong|theo|từ|này"
            + "|kèm|được|đã|vừa|là|có|thì|nêu|nói|cũng|sẽ|mới|trên|đó|nói trên|công tác năm)\\s)(?-i:\\p{Ll})[^\\n]{9,})", CI);
    /** "Theo kế hoạch của X về việc Y, <clause>": a phrase in front of the item's own clause, so Y ends at its first comma. */
    private static final Pattern THEO = Pattern.compile("(?:^|[-–]\\s+)Theo\\s+(?:kế hoạch|chương trình|hướng dẫn|thông báo)\\s+của\\s+" + UNIT
            + "(?:[^,.;:\\n]|\\.(?=\\p{Lu})){0,100}?\\s+((?:về việc|về)\\s[^,;\\n]{8,}?),\\s", CI);
    /**
     * A guidance told by its verb alone, the unit opening the paragraph or following a posting stamp's year ("Ban Thường trực
     * Ủy ban MTTQ tỉnh hướng dẫn việc tổ chức Ngày hội …"): what it guides. What it orders ("hướng dẫn các trường …") is
     * refused by {@link TitleSignals}.
     */
    private static final Pattern GUIDES = Pattern.compile("(?:^|(?<=\\d{4})\\s+)(?:" + UNIT + ")[^,.;:\\n]{0,100}?\\s+(?iu:(?:(?:đã|vừa|mới)\\s+)*hướng dẫn)"
            + "\\s+((?-i:\\p{Ll})[^\\n]{9,})");

    /** Whom a guidance is addressed to ("hướng dẫn các trường …", "… các cấp Hội …"): a directive, no subject. */
    private static final Pattern WHOM = Pattern.compile("(?iu)^(?:các|những|mọi|toàn thể)\\s+(?:trường|đơn vị|cơ sở|địa phương|xã|phường|huyện|sở|phòng|ban"
            + "|ngành|cấp|chi|tổ|hội|cơ quan|cán bộ|đảng viên|giáo viên|học sinh)(?![\\p{L}])");

    /**
     * A news headline, not a title: a unit or a place as its subject, then what it did ("Xã Chí Minh tổ chức Hội nghị đối thoại
     * …", "Đảng ủy phường … triển khai kế hoạch …"). A document's title line opens with its kind or its own subject instead.
     */
    private static final Pattern NEWS_HEADLINE = Pattern.compile("^(?:" + UNIT + "|(?:Xã|Phường|Thị trấn|Huyện|Quận|Thị xã|Tỉnh|Thành phố)\\s+\\p{Lu})"
            + "[^,.;:]{0,80}?\\s(?:(?:đã|vừa|mới)\\s+)?(?:tổ chức|triển khai|phát động|ra quân|ký kết|tiếp xúc|đối thoại|gặp mặt|trao|tổng kết|sơ kết|khai mạc"
            + "|hưởng ứng|ban hành|xây dựng|thông báo|công bố)\\s");

    /**
     * Session 18: which paragraph stands directly above a page's bases — the first, or one under a portal's chrome of short
     * lines without a sentence ("Cổng thông tin điện tử tỉnh …", "Huyện Hà Trung"), never further than the fourth.
     */
    static int aboveBasesLine(List<String> head) {
        for (int i = 0; i < Math.min(head.size() - 1, 4); i++) {
            if (head.get(i + 1).matches("(?iu)^(?:Căn cứ|Thực hiện)\\s.*")) {
                boolean chrome = head.subList(0, i).stream().allMatch(p -> p.strip().length() <= 40 && !p.matches(".*[.:;,|].*"));
                return chrome ? i : -1;
            }
        }
        return -1;
    }

    static boolean newsHeadline(String line) {
        return NEWS_HEADLINE.matcher(line.strip()).lookingAt();
    }

    private static final Pattern BASE = Pattern.compile("(?iu)^(?:[-–+•*]\\s*)?(?:Căn cứ|Thực hiện)\\b");

    private NewsLead() {
    }

    /**
     * The paragraphs without a teaser: a paragraph cut with an ellipsis ("… theo cụm quận...") whose whole text a later
     * paragraph gives again (a portal's summary above the article) is dropped, so the full sentence is read.
     */
    static List<String> withoutTeasers(List<String> paras) {
        List<String> out = new java.util.ArrayList<>(paras.size());
        for (int i = 0; i < paras.size(); i++) {
            String p = paras.get(i).strip();
            String cut = p.replaceFirst("\\s*(?:\\.{3}|…)$", "");
            boolean teaser = cut.length() >= 40 && cut.length() < p.length()
                    && paras.subList(i + 1, paras.size()).stream().anyMatch(q -> q.strip().startsWith(cut) && q.strip().length() > cut.length() + 3);
            if (!teaser) {
                out.add(paras.get(i));
            }
        }
        return out;
    }

    /** The subject of the first of the first paragraphs that tells of an unnumbered plan or programme, or null. */
    static String title(List<String> paras) {
        int counted = 0;
        for (int i = 0; i < paras.size() && counted < 8; i++) {
            String para = paras.get(i).strip();
            counted += BASE.matcher(para).lookingAt() ? 0 : 1; // s19: a page's bases ("Căn cứ …", nine of them) do not use up the lead's window
            Matcher theo = THEO.matcher(para);
            if (theo.find()) {
                return theo.group(1).strip();
            }
            Matcher m = ACT.matcher(para);
            if (m.find()) {
                String t = subject(m.group(2));
                if (t != null) {
                    return t;
                }
            }
            Matcher guides = GUIDES.matcher(para);
            if (guides.find() && !guides.group(1).matches("(?s)^(?:số|của|và|cho|về|thực hiện)\\s.*") && !WHOM.matcher(guides.group(1)).lookingAt()) {
                return NewsNamed.withoutAsFollows(WebHeadline.title(guides.group(1))); // s21: "… hướng dẫn X như sau" gives X
            }
        }
        return null;
    }

    /** Several documents put to work at one meeting ("triển khai Kế hoạch …; Chương trình công tác …"): which is the item's is not known. */
    private static final Pattern SEVERAL = Pattern.compile(";\\s*(?:" + KindWords.CARRIED_OUT + ")\\s");

    /** The document named with its number after a qualifier ("Chương trình hành động số 23-CTr/TU …"): a numbered naming, not this shape. */
    private static final Pattern NUMBERED = Pattern.compile("^\\s+(?:(?:hành động|công tác|phối hợp|liên tịch)\\s+)?số\\s", CI);

    private static String subject(String rest) {
        if (SEVERAL.matcher(rest).find() || NUMBERED.matcher(rest).lookingAt()) {
            return null;
        }
        Matcher about = ABOUT.matcher(rest);
        if (about.find()) {
            return WebHeadline.title(about.group(1));
        }
        Matcher led = LED.matcher(rest);
        return led.find() ? WebHeadline.title(led.group(1)) : null;
    }
}
