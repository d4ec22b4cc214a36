package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 20: shapes of documents without a header block that held-out 10 (retired into tuning data) showed, read by their
 * structure. Each refuses what it cannot read; kind, number and date stay other steps' business where the sentence gives none.
 * <ul>
 * <li>{@link #beforeBody}: a news item's lead never lies past a document's first section heading ("I. TÌNH HÌNH …"): a page
 * that prints a report under its headline narrates other documents in its sections, and none of them is the page's.</li>
 * <li>{@link #spacedSymbols}: a symbol typed with spaces round its dash ("Thông báo số 02/TB - UBND") is one symbol.</li>
 * <li>{@link #notice}: a unit telling what it notifies, by the verb alone ("Sở GD&amp;ĐT Nam Định vừa thông báo lịch tiếp công
 * dân …", "UBND tỉnh thông báo về việc …"): the unit and the subject — a "về …" phrase or a schedule ("lịch …").</li>
 * </ul>
 */
final class NewsItems {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** A document's first section heading: a Roman one or "1." followed by a capitals word. */
    private static final Pattern SECTION = Pattern.compile("^(?:I|1)\\s*[.:/)]\\s*(?-i:\\p{Lu}{2,})(?![\\p{Ll}])", CI);
    private static final Pattern SPACED = Pattern.compile("(số\\s*:?\\s*\\d{1,5}\\s*[/\\-]\\s*(?-i:\\p{Lu})[\\p{L}\\d&]*)\\s+([-–])\\s+((?-i:\\p{Lu}{2,})[\\p{L}\\d&]*)(?=[\\s,.;)]|$)", CI);
    /** Source tag, unit, adverbs, "thông báo", then the subject: "về …" or a schedule. */
    private static final Pattern NOTICE = Pattern.compile("^(?:\\(?[\\p{L}.&]{2,24}\\)?\\s*[-–]\\s*)?((?:" + Issuers.UNIT_START.pattern()
            + ")[^,.;:\\n]{0,100}?)\\s+(?iu:(?:(?:đã|vừa|mới)\\s+)*thông báo)\\s+((?iu:về việc|về|lịch)\\s[^\\n]{8,})");

    /**
     * Where a relayed document's subject ends inside the news sentence: a clause dated by itself and led by its own verb
     * ("…nhiệm kỳ 2024-2025 , ngày 22/10/2024 chọn ấp …"), or an office's letter relaying an opinion ("… truyền đạt ý kiến trên
     * đến đơn vị …"). A date that names the document ("…, ngày 03/6/2013 của Ban Chấp hành …") is no such clause.
     */
    private static final Pattern CLAUSE = Pattern.compile("\\s*,\\s*ngày\\s+\\d{1,2}/\\d{1,2}(?:/\\d{4})?\\s+(?!(?:của|về|thực hiện|ban hành|hướng dẫn|triển khai|V/v)\\s)(?-i:\\p{Ll}).*$"
            + "|\\s+truyền đạt\\s+ý kiến\\s.*$", CI);

    private static final Pattern AS_FOLLOWS = Pattern.compile("(?:cụ thể\\s+)?như sau\\s*:?\\s*$", CI);

    private NewsItems() {
    }

    /** The head's paragraphs up to (not including) the first section heading of a document printed on the page. */
    static List<String> beforeBody(List<String> paras) {
        for (int i = 1; i < paras.size(); i++) {
            if (SECTION.matcher(paras.get(i).strip()).lookingAt()) {
                return paras.subList(0, i);
            }
        }
        return paras;
    }

    /** "số 02/TB - UBND" → "số 02/TB-UBND". */
    static String spacedSymbols(String head) {
        return SPACED.matcher(head).replaceAll("$1-$3");
    }

    /** A unit's notice told by its verb in one of the head's first paragraphs (chrome lines skipped), or null. */
    static WebHeadline.Headline notice(String head) {
        if (NewsLead.title(List.of(head.split("\n"))) != null) {
            return null; // a plan the item names by its kind word outranks a notice told by the verb (a headline's "thông báo lịch …")
        }
        int counted = 0;
        for (String p : head.split("\n")) {
            String para = p.strip();
            if (para.length() < 40 || !para.contains(" ")) {
                continue; // a portal's chrome, a date stamp, a headline
            }
            if (++counted > 3) {
                return null;
            }
            Matcher m = NOTICE.matcher(para);
            if (m.find()) {
                if (AS_FOLLOWS.matcher(m.group(2)).find()) {
                    return null; // "… thông báo lịch tiếp công dân như sau:": the page is the notice itself, its own line is the title
                }
                String title = WebHeadline.title(m.group(2));
                return title == null || title.length() < 10 ? null
                        : new WebHeadline.Headline("thông báo", null, null, DateParts.BLANK, NewsSentence.units(m.group(1).strip()), title);
            }
        }
        return null;
    }

    /** The subject without a clause that follows it in the news sentence ({@link #CLAUSE}). */
    static String subjectOnly(String title) {
        return title == null || REQUEST.matcher(title).lookingAt() ? null : CLAUSE.matcher(title).replaceFirst("");
    }

    /** What a letter asks of its recipients ("đề nghị Ban Biên tập …, các tỉnh đoàn triển khai …"): a request, no subject. */
    private static final Pattern REQUEST = Pattern.compile("(?:đề nghị|yêu cầu|đôn đốc)\\s+(?:\\p{Lu}|các\\s|những\\s|toàn thể\\s)");

    /**
     * The kind word of a page headline that gave the title ("Báo cáo tình hình, kết quả công tác tiếp công dân … tháng 6/2020"
     * above the item): folded, or null when the title is not that headline's subject.
     */
    static String headlineKind(List<String> paras, String title) {
        if (title == null) {
            return null;
        }
        for (int i = 0; i < Math.min(5, paras.size()); i++) {
            String para = paras.get(i).strip();
            String subject = HeaderShapes.kindHeadline(List.of(para));
            if (subject != null) {
                return subject.equals(title) ? Extractor.foldKind(para.substring(0, para.length() - subject.length()).strip()) : null;
            }
        }
        return null;
    }

    /**
     * The page's own document named only in a closing bracket of its lead ("UBND tỉnh ban hành kế hoạch phối hợp tổ chức … (Kế
     * hoạch số 67/KH-UBND ngày 02/3/2026)."): number, symbol and date, when the bracket's kind word is the kind already read
     * and the bracket ends its sentence in one of the first four paragraphs; null otherwise.
     */
    static OwnNamed.Named bracketed(List<String> paras, String kind) {
        for (int i = 0; i < Math.min(4, paras.size()); i++) {
            Matcher m = FieldCues.BRACKETED.matcher(paras.get(i));
            if (m.find()) {
                String word = m.group(1).equalsIgnoreCase("văn bản") ? "" : DocKinds.ofWord(Extractor.foldKind(m.group(1)));
                boolean same = word.equals(kind) || "KE_HOACH".equals(word) && "KE_HOACH_PHOI_HOP".equals(kind);
                if (!same || m.group(4) == null) {
                    return null;
                }
                return new OwnNamed.Named(HeaderBlock.num(m.group(2)), m.group(3),
                        new DateParts(HeaderBlock.num(m.group(4)), HeaderBlock.num(m.group(5)), HeaderBlock.num(m.group(6))));
            }
        }
        return null;
    }

    /** A lead run on after the headline: a unit subject, adverbs, "ban hành" and a kind word ("… 2026 -2031 UBND tỉnh ban hành kế hoạch …"). */
    private static final Pattern RUN_ON_LEAD = Pattern.compile("\\s+(?=(?:" + Issuers.UNIT_START.pattern() + ")[^,.;:]{0,80}?\\s(?iu:(?:(?:đã|vừa|mới)\\s+)*"
            + "(?:ký\\s+)?ban hành\\s+(?:kế hoạch|công văn|thông báo|hướng dẫn|chương trình|quyết định|chỉ thị|quy chế|văn bản))(?![\\p{L}]))");

    /** A header-less page's title without the lead its headline ran on into; the title as it is when nothing follows it. */
    static String withoutRunOnLead(String title) {
        if (title == null) {
            return null;
        }
        Matcher m = RUN_ON_LEAD.matcher(title);
        return m.find() && m.start() >= 15 ? title.substring(0, m.start()).strip() : title;
    }
}
