package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * A news item that tells of a document without its number: "Ngày 16/1, Ban Tuyên giáo Tỉnh ủy đã có văn bản hướng dẫn …",
 * "…, Sở Giáo dục và Đào tạo Thành phố Hồ Chí Minh vừa ra công văn khẩn …". The act is a unit subject, an adverb of time
 * (đã, vừa, mới — the news form; without one the sentence may be a plan's own running text), an issuing verb and a kind
 * word. It gives the kind, the sentence's date, the unit and a "về …" subject (or what a "văn bản hướng dẫn …" guides);
 * only the first paragraphs are read, and anything it cannot read stays empty.
 */
final class NewsAct {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern ACT = Pattern.compile("(?:^|[,;.]\\s+|(?:^|\\s)[-–]\\s+)((?:(?:Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban)\\s+)?(?:"
            + Issuers.UNIT_START.pattern() + ")[^,.;:\\n]{0,100}?)(?:\\s+cho biết\\s*,)?\\s+(?iu:(?:(?:đã|vừa|mới)\\s+)+(?:có|ra|ký|ban hành|phát đi|gửi)\\s+"
            + "(công văn|văn bản|công điện|kế hoạch|hướng dẫn|thông báo|chỉ thị|quyết định)(?:\\s+(?:khẩn|hỏa tốc|hoả tốc))?)(?![\\p{L}])([^\\n]*)");
    private static final Pattern ABOUT = Pattern.compile("^\\s*,?\\s*(?:gửi\\s+[^\\n.;]{0,300}?\\s+)?((?:về việc|về|V/v)\\s[^\\n]*)", CI);
    /**
     * A subject right after the kind word, led by its own verb or noun in lower case ("vừa ban hành Kế hoạch tổ chức Đại hội
     * …"): not a word that continues the naming ("số", "của", "gửi" …) nor an adverb of the act; a directive it names is
     * refused by {@link TitleSignals}.
     */
    private static final Pattern LED = Pattern.compile("^\\s+((?!(?:số|của|gửi|ngày|năm|tháng|và|tại|với|cho|nhằm|để|do|đến|tới|trong|theo|từ|này"
            + "|kèm|được|đã|vừa|là|có|thì|nêu|nói|cũng|sẽ|mới|khẩn|hỏa tốc|hoả tốc)\\s)(?-i:\\p{Ll})[^\\n]{9,})", CI);
    private static final Pattern GUIDES = Pattern.compile("^\\s+hướng dẫn\\s+([^\\n]{10,})", CI);

    /**
     * Session 15b: a dated news sentence telling that a unit puts a plan to work ("Ngày 28/10/2016, Ủy ban MTTQ xã Mỹ Thạnh
     * triển khai kế hoạch tổ chức …"): the verb is no issuing one, so only the news form is read — the sentence's own date
     * first, the unit right after it (no "tổ chức hội nghị" or "họp" between: a meeting narrated is no act on a document),
     * then the kind word without a number and a subject led by its own verb. The sentence's date is the event's, not the
     * document's: it is not given.
     */
    private static final Pattern DEPLOYS = Pattern.compile("^((?:" + Issuers.UNIT_START.pattern() + ")(?:(?!\\s(?:tổ chức|hội nghị|họp|cuộc)\\s)"
            + "[^,.;:\\n]){0,100}?)\\s+(?iu:(?:(?:đã|vừa|mới)\\s+)?(?:tổ chức\\s+)?(?:triển khai(?:\\s+thực hiện)?|thực hiện|xây dựng(?:\\s+và\\s+(?:thực hiện|triển khai))?)\\s+"
            + "(kế hoạch|chương trình))(?![\\p{L}])([^\\n]*)");

    /** Session 16: a news sentence led by its year or by what it carries out ("Năm 2022, …", "Thực hiện Chương trình công tác Đoàn …, "). */
    private static final Pattern NEWS_LEAD = Pattern.compile("^(?:Năm\\s+\\d{4}|Thực hiện\\s[^,;.\\n]{5,200})\\s*,\\s*", CI);

    /** Whom a plan is put to work among ("… đến các ấp", "… tới toàn thể cán bộ, đảng viên") and who attended ("với sự tham dự
     *  của …"): no part of its subject. */
    private static final Pattern AUDIENCE = Pattern.compile("\\s+(?:(?:đến|tới)\\s+(?:các|toàn thể|toàn bộ|tất cả|cán bộ|đảng viên|đoàn viên|hội viên"
            + "|nhân dân|người dân|bà con|giáo viên|học sinh)|,?\\s*(?:với|có) sự (?:tham dự|tham gia|có mặt|chủ trì))(?![\\p{L}])[^.;]*", CI);

    private NewsAct() {
    }

    /** The act of the first of the head's first paragraphs that tells of one, or null. */
    static WebHeadline.Headline find(String head) {
        String[] paras = head.split("\n");
        for (int i = 0; i < Math.min(paras.length, 4); i++) {
            Matcher m = ACT.matcher(paras[i]);
            if (m.find()) {
                return of(paras[i], m);
            }
        }
        for (int i = 0; i < Math.min(paras.length, 4); i++) {
            WebHeadline.Headline deployed = deployed(paras[i].strip());
            if (deployed != null) {
                return deployed;
            }
        }
        return null;
    }

    /** A dated news sentence of a unit putting a plan to work, with the plan's subject; null when it names none. */
    static WebHeadline.Headline deployed(String para) {
        Matcher lead = NewsSentence.LEAD_DATE.matcher(para);
        if (!lead.lookingAt()) {
            lead = NEWS_LEAD.matcher(para); // session 16: "Năm 2022, Ban Dân vận Tỉnh ủy xây dựng kế hoạch …", "Thực hiện …, Chi đoàn … xây dựng …"
            if (!lead.lookingAt()) {
                return null;
            }
        }
        Matcher m = DEPLOYS.matcher(para.substring(lead.end()));
        if (!m.find()) {
            return null;
        }
        Matcher led = LED.matcher(m.group(3));
        String title = led.find() ? WebHeadline.title(AUDIENCE.matcher(led.group(1)).replaceFirst("")) : null;
        return title == null ? null
                : new WebHeadline.Headline(m.group(2).toLowerCase(java.util.Locale.ROOT), null, null, DateParts.BLANK,
                        NewsSentence.units(m.group(1).strip()), title);
    }

    private static WebHeadline.Headline of(String para, Matcher m) {
        String sentence = para.substring(Math.max(para.lastIndexOf(". ", m.start()) + 1, 0)).strip();
        Matcher lead = NewsSentence.LEAD_DATE.matcher(sentence);
        DateParts before = HeaderShapes.dateBefore(para.substring(0, m.start(1)));
        DateParts date = lead.lookingAt() ? NewsSentence.parts(lead) : before != null ? before : DateParts.BLANK; // s17: "… Ngày 19-9, Bộ …"
        String unit = m.group(1).replaceFirst("^(?:Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban)\\s+(?=\\p{Lu})", "").strip();
        unit = NewsSentence.withoutSigner(m.group(1).substring(0, m.group(1).length() - unit.length()), unit);
        String word = m.group(2).toLowerCase(java.util.Locale.ROOT);
        String kind = word.equals("văn bản") || word.equals("công điện") ? null : word;
        String rest = m.group(3);
        Matcher about = ABOUT.matcher(rest);
        Matcher guides = GUIDES.matcher(rest);
        Matcher led = LED.matcher(rest);
        String title = about.find() ? WebHeadline.title(about.group(1))
                : word.equals("văn bản") && guides.find() ? WebHeadline.title(guides.group(1))
                : !word.equals("văn bản") && !word.equals("công điện") && led.find() ? WebHeadline.title(led.group(1)) : null;
        Matcher bracket = FieldCues.BRACKETED.matcher(rest); // s18: "… vừa có Kế hoạch … (Kế hoạch số 189/KH-BVĐ, ngày 17/3/2023)"
        if (bracket.find() && (kind == null || Extractor.foldKind(bracket.group(1)).equals(Extractor.foldKind(kind)))) {
            DateParts own = bracket.group(4) == null ? date
                    : new DateParts(HeaderBlock.num(bracket.group(4)), HeaderBlock.num(bracket.group(5)), HeaderBlock.num(bracket.group(6)));
            return new WebHeadline.Headline(kind, HeaderBlock.num(bracket.group(2)), bracket.group(3), own, NewsSentence.units(unit), title);
        }
        return new WebHeadline.Headline(kind, null, null, date, NewsSentence.units(unit), title);
    }
}
