package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * A document known only by the sentence a web page gives it: "Kế hoạch số 45-KH/BTGDVTU ngày 10/3/2025 của Ban … về …"
 * or "Ngày 12/9/2018, Ban Dân vận Tỉnh ủy đã ban hành Kế hoạch số 62-KH/BDVTU về …".
 */
final class WebHeadline {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(" + KindWords.ANY + ")";
    private static final String NO = "số\\s+(\\d+)?\\s*([/\\-])\\s*([\\p{Lu}\\d][\\p{L}\\d&]*(?:[/\\-][\\p{L}\\d&]+)*)";
    private static final String DATE = "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})";
    private static final Pattern TITLE_FIRST = Pattern.compile("(?:^|\\n)\\s*" + KIND + "\\s+" + NO + "\\s*,?\\s*ngày\\s+" + DATE
            + "\\s+của\\s+([^:\\n]+?)\\s+((?:về việc|về|V/v|hướng dẫn|triển khai|thực hiện|ban hành)\\b[^\\n]*)", CI); // s17: the issuer crosses no colon
    private static final Pattern NEWS = Pattern.compile("ngày\\s+" + DATE + "\\s*,\\s*([^,\\n]+(?:,[^,\\n]+)?)\\s+(?:đã\\s+|vừa\\s+)?"
            + "(?:ban hành|ký kết|ký|phát hành)\\s+" + KIND + "\\s+" + NO + "\\s*([^\\n]*)", CI);

    private static final Pattern NEWS_AFTER = Pattern.compile("(?:^|\\n|[.;]\\s+)((?:" + Issuers.UNIT_START.pattern() + ")[^,.;\\n]{0,120}?)\\s+"
            + "(?:đã\\s+|vừa\\s+|mới\\s+)*(?:ban hành|ký ban hành|phát hành|(?<=(?:đã|vừa|mới)\\s)có)\\s+" + KIND + "\\s+" + NO + "(?:\\s*,?\\s*ngày\\s+" + DATE
            + ")?\\s*,?\\s+((?:về việc|về|V/v|hướng dẫn|triển khai|thực hiện)\\b[^\\n]*)", CI);

    /** Kind word, number, symbol, date, issuers and title of the headline. */
    record Headline(String kindWord, Integer number, String symbol, DateParts date, List<String> issuers, String title) {
    }

    private WebHeadline() {
    }

    static Headline find(TextLines d) {
        Headline h = NewsNamed.advised(found(d)); // s21: "Sở Nội vụ đã tham mưu UBND tỉnh ban hành …": the body advised issues
        h = h != null ? h : CarriedOut.find(d.paras); // s24: "Thực hiện Kế hoạch số …; … ngày 20/5, chi bộ … tổ chức Đại hội …": the document carried out
        return h == null || h.title() == null ? h : new Headline(h.kindWord(), h.number(), h.symbol(), h.date(), h.issuers(), NewsNamed.withoutFollowingClause(NewsNamed.withoutShortName(NewsItems.subjectOnly(h.title())))); // s20; s21: "(Thông tư 11) về việc …"
    }

    private static Headline found(TextLines d) {
        List<String> paras = NewsLead.withoutTeasers(d.paras.subList(0, Math.min(d.paras.size(), 16))); // s18: a teaser cut with "..." gives way to its full text
        paras = NewsItems.beforeBody(paras); // s20: a report printed under its headline narrates other documents in its sections
        paras = NewsNamed.afterOpeningBases(paras); // s21: a page opening with its "Căn cứ" list cites what it names there
        paras = BasesBlock.removed(paras); // s25: the same list below the page's headline and the document's kind line
        String head = NewsNamed.withoutQualifier(NewsItems.spacedSymbols(HeaderShapes.withoutDateChrome(FieldShapes.newsDates(String.join("\n", paras.subList(0, Math.min(paras.size(), 12)))))));
        Matcher m = TITLE_FIRST.matcher(head);
        if (m.find()) {
            return new Headline(m.group(1), HeaderBlock.num(m.group(2)), m.group(4), date(m, 5), units(m.group(8)),
                    title(m.group(9)));
        }
        m = NEWS_AFTER.matcher(head);
        if (m.find()) {
            Headline earlier = FieldCues.earlierDatedAct(head, m.start()); // s18: the item's own act, dated, before a later one
            return earlier != null ? earlier : new Headline(m.group(2), HeaderBlock.num(m.group(3)), m.group(5), date(m, 6), units(m.group(1)), title(m.group(9)));
        }
        m = NEWS.matcher(head);
        if (m.find()) {
            Headline earlier = FieldCues.earlierDatedAct(head, m.start());
            Headline read = earlier != null || WordLists.startsUnit(m.group(4).strip()) ? null : NewsSentence.find(head.substring(m.start()));
            if (read != null && Objects.equals(read.number(), HeaderBlock.num(m.group(6))) && !read.issuers().isEmpty()) {
                return read; // s24: "ngày …, thay mặt Bộ Chính trị, đồng chí X ký ban hành Kết luận số … của Bộ Chính trị về …": a person signs, the body issues
            }
            return earlier != null ? earlier : new Headline(m.group(5), HeaderBlock.num(m.group(6)), m.group(8), date(m, 1), units(m.group(4)),
                    title(m.group(9)));
        }
        m = SUBJECT_THEN_ISSUER.matcher(head);
        if (m.find()) {
            return new Headline(m.group(1), HeaderBlock.num(m.group(2)), m.group(4), DateParts.BLANK, units(m.group(6)), title(m.group(5)));
        }
        Headline named = HeaderShapes.namedFirst(head); // s17: "Báo cáo số 113 -BC/HNDTW ngày … của X kính gửi …" (no subject)
        if (named != null) {
            return named;
        }
        Headline news = DatedLetter.find(head); // s24: "Ngày 11.8, Văn phòng Tỉnh ủy có công văn về việc …" before a notice it cites
        news = news != null ? news : NewsSentence.find(head);
        news = news != null ? news : NewsAct.find(head);
        news = news != null ? news : NewsItems.notice(head); // s20: "X vừa thông báo lịch …"
        news = news != null ? news : NewsNamed.announced(head); // s21: "… công bố Quyết định số … của UBND tỉnh về việc …"
        return news;
    }

    /** "Chỉ thị số 1112/CT-BGDĐT về việc … của Bộ Giáo dục và Đào tạo xác định …": subject before the issuer, no date. */
    private static final Pattern SUBJECT_THEN_ISSUER = Pattern.compile("(?:^|\\n|\\s)(" + KindWords.ANY + ")\\s+"
            + NO + "\\s+(?:về việc|về)\\s+([^\\n]{10,200}?)\\s+của\\s+((?:" + Issuers.UNIT_START.pattern() + ")[^,.;\\n]{0,80}?)\\s+"
            + "(?:xác định|yêu cầu|đề nghị|nêu rõ|chỉ đạo|quy định|nhấn mạnh|gồm|với)(?![\\p{L}])", CI);

    private static final String LEGAL = "(" + KindWords.ANY + ")";
    private static final Pattern PAGE_TITLE = Pattern.compile("^" + LEGAL + "\\s+(?:số\\s+)?\\d+\\s*[/\\-]\\s*[\\p{L}\\d&]+(?:[/\\-][\\p{L}\\d&]+)*"
            + "(?:\\s+năm\\s+\\d{4})?(?:\\s+ngày\\s+[\\d/.\\-]+)?\\s+(về\\s.+|(?-i:\\p{Lu}\\p{Ll}+)(?:\\s+\\S+){4,})$", CI);
    /** Session 16: a page headline naming the document by its kind and issuer, without number ("Chỉ thị của Chủ tịch UBND tỉnh về việc …"). */
    private static final Pattern PAGE_TITLE_OF = Pattern.compile("^" + LEGAL + "\\s+của\\s+(?:Chủ tịch|Thủ tướng|" + Issuers.UNIT_START.pattern()
            + ")[^,.;:]{0,100}?\\s+(về\\s.+)$", CI);
    private static final Pattern ENACTING = Pattern.compile("ban hành\\s+" + LEGAL + "\\s+(\\p{Lu}.+?)(?:,?\\s+(?:như sau|cụ thể như sau"
            + "|với (?:những|các) nội dung)\\b.*|[.:;]?)$", CI);

    /** The subject of a document whose header gives no title: the page's headline or the sentence that enacts it. */
    static String subject(TextLines d) {
        List<String> head = NewsNamed.afterOpeningBases(d.paras.subList(0, Math.min(d.paras.size(), 14))); // s21: never a base of an opening "Căn cứ" list
        String headline = HeaderShapes.kindHeadline(head); // s17: "Thông báo lịch tiếp công dân của …", "Chương trình hành động thực hiện …"
        if (headline != null) {
            return headline;
        }
        String told = NewsNamed.headlineSubject(head); // s21: "Chương trình của X thực hiện Nghị quyết …" (a "về" further on is the cited one's)
        if (told != null) {
            return told;
        }
        for (Pattern p : List.of(PAGE_TITLE, PAGE_TITLE_OF, ENACTING)) {
            for (String para : head) {
                Matcher m = p.matcher(para.strip());
                String t = (p != ENACTING ? m.matches() : m.find()) ? title(m.group(2)) : null;
                if (t != null && t.length() <= 300 && !t.matches(".*(?:--|\\|).*")) {
                    return t;
                }
            }
        }
        String posted = PostHeadline.subject(d.paras); // s22: "Kế hoạch <subject>" over "Ngày cập nhật …"
        return posted != null ? posted : aboveBases(head);
    }

    /**
     * A news item telling what was done to carry a document out ("Thực hiện Kế hoạch số 10-KH/TU …, sáng 12/1, Đảng ủy xã
     * đã tổ chức hội nghị …") opens like a base but narrates: its page headline is the item's, not a document's title.
     */
    private static final Pattern NARRATED = Pattern.compile("(?u)^Thực hiện\\s.*\\s(?:đã|vừa)\\s+(?!được\\b|ban hành\\b)\\p{Ll}");

    /** A page's only line above the document's bases ("Lịch tiếp công dân … năm 2025" then "Căn cứ …"): its title. */
    private static String aboveBases(List<String> head) {
        head = head.stream().filter(p -> p.codePoints().anyMatch(Character::isLetter)).toList(); // s18: a zoom control "100%" between is no line
        int at = NewsLead.aboveBasesLine(head);
        if (at < 0 || head.size() < at + 2 || !head.get(at + 1).matches("(?iu)^(?:Căn cứ|Thực hiện)\\s.*") || NARRATED.matcher(head.get(at + 1)).find()) {
            return null;
        }
        String t = head.get(at).strip();
        boolean plain = t.length() >= 15 && t.length() <= 200 && !t.matches(".*[.:;|]$") && !t.matches(".*(?:\\||\\d{1,2}/\\d{1,2}/\\d{4}).*");
        boolean capitals = TextLines.isUpper(t) && (WordLists.startsUnit(t) || t.split("\\s+").length < 4 || HeaderSegments.MOTTO.matcher(t).find());
        return plain && !capitals && !HeaderSegments.NUMBER.matcher(t).find() && !NewsLead.newsHeadline(t) ? t : null;
    }

    private static DateParts date(Matcher m, int g) {
        return new DateParts(HeaderBlock.num(m.group(g)), HeaderBlock.num(m.group(g + 1)), HeaderBlock.num(m.group(g + 2)));
    }

    private static List<String> units(String raw) {
        List<String> out = new ArrayList<>();
        String s = raw.strip().replaceFirst("\\s+(?:(?:đã|vừa|mới)\\s*)+$", "");
        if (HeaderShapes.officeOfBoth(s)) {
            return List.of(s); // s17: "Văn phòng HĐND và UBND" is one office
        }
        for (String part : s.split("\\s+và\\s+")) {
            out.add(part.strip());
        }
        return out.size() > 1 && out.stream().allMatch(WordLists::startsUnit) ? out : List.of(s.strip());
    }

    /**
     * The subject phrase up to the end of its sentence, without a trailing "(Kèm …)" or "(Kế hoạch)". A semicolon never ends
     * it: it joins the parts of a subject ("về việc đẩy mạnh tuyên truyền; tổ chức đợt cao điểm …", "…; Lễ Kỷ niệm 85 năm …");
     * a clause after it ("; theo đó, …") is cut by {@link TitleSignals}.
     */
    static String title(String s) {
        String t = NewsNamed.abbreviationDotsKept(s.strip()).replaceFirst("^[,:]\\s*", "").replaceFirst("\\s+nhằm\\s.*$", ""); // s21: "… mừng TP. Cần Thơ 15 năm …": an abbreviation's dot ends no sentence
        t = t.replaceFirst("(?<=\\S)(?:\\.|;(?=\\s*$))(?:\\s.*|/\\.?)?$", "").replaceFirst("\\s*\\((?![\\d/.\\s\\-–]+\\))[^)]*\\)\\s*[;.]?$", "");
        return NewsNamed.abbreviationDotsRestored(Extractor.trimEnd(t.replaceAll("\\s*\\./\\.$", "").strip()));
    }
}
