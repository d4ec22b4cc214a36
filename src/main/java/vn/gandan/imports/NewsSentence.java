package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * The sentence a news item or a portal page gives a document it relays, read by its parts rather than by one fixed
 * word order: a subject (after the sentence's own date, "Ngày 16/4/2020 …", with or without the comma and the year),
 * an issuing verb ("ban hành", "ký ban hành", "ký", adverbs before it; "có" after "đã"/"vừa"/"mới"), the document ("Chỉ thị số 11/CT-CTUBND",
 * "Quyết định 2159/QĐ-BGDĐT", "văn bản số 2508/UBND-KGVX", "Kế hoạch số 08"), then its own date, a "gửi …" recipient
 * phrase and the "về …" subject, each optional. The number needs "số" or a symbol, so a year is never taken for it;
 * the subject is a unit ("thay mặt UBND tỉnh, …" names it) or nothing.
 */
final class NewsSentence {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String KIND = "(" + KindWords.ANY_OR_TEXT + ")";
    private static final Pattern DOC = Pattern.compile("(?:(?:đã|vừa|mới|khẩn trương|chính thức)\\s+)*(?:ký ban hành|ban hành|ký kết|ký|phát hành|có|(?<=(?:đã|vừa|mới)\\s)(?:ra|gửi|phát đi|xây dựng)"
            + "|" + FieldShapes.PRESENTING + "|(?<=\\bnội dung\\s)(?:tại|của|trong)|(?m:^)Theo)\\s+"
            + KIND + "(?:\\s+(?:hành động|liên tịch|phối hợp|kết luận|liên ngành))?\\s+(số\\s+)?(\\d+)(?:\\s*[/\\-]\\s*([\\p{Lu}\\d][\\p{L}\\d&]*(?:[/\\-][\\p{L}\\d&]+)*))?(?![\\d\\p{L}])", CI);
    private static final Pattern OWN_DATE = Pattern.compile("^(?:\\s+(?-i:\\p{Lu}\\p{Ll}+)(?:\\s+(?-i:\\p{Lu}\\p{Ll}+)){0,2}\\s*(?=,))?\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?(?![\\d/])", CI);
    private static final Pattern SUBJECT = Pattern.compile("^\\s*,?\\s*(?:(?:gửi|(?:đến|tới)(?=\\s+(?:các|toàn thể|tất cả)\\s))\\s+[^\\n]{0,150}?\\s+)?(?:của\\s+(?<of>(?:Chủ tịch|Thủ tướng|Giám đốc|"
            + Issuers.UNIT_START.pattern() + ")[^\\n.;]{0,100}?)\\s+)?((?:về việc|về|V/v)\\s[^\\n]*)", CI);
    /**
     * A subject led by its own verb right after the number or date, without "về" ("Quyết định số 1850/QĐ-UBND phê duyệt
     * Kế hoạch …", "Kế hoạch số 45/KH-UBND triển khai …"): not after a comma (an appositive clause), and not a word that
     * continues the naming ("của", "gửi", "năm" …). What it orders ("yêu cầu các trường …") is refused by {@link TitleSignals}.
     */
    private static final Pattern LED = Pattern.compile("^\\s+((?!(?:của|gửi|ngày|năm|tháng|và|tại|với|cho|nhằm|để|do|đến|tới|trong|theo|từ|này"
            + "|kèm|được|đã|vừa|là|có|thì|nêu|nói|cũng|sẽ)\\s)(?-i:\\p{Ll})[^\\n]{9,})", CI);
    /**
     * Session 24: the document's year a library's naming puts after the symbol, with "năm" or without ("Kế hoạch 163-KH/BTGDVTW
     * năm 2025 …", "Thông báo 81-TB/TW 2025 Kết luận …"); a year that opens a span ("2024 - 2025", "2021-2025") is not one.
     */
    private static final Pattern DOCUMENT_YEAR = Pattern.compile("^\\s+(?:năm\\s+)?((?:19|20)\\d{2})(?=\\s)(?!\\s*[-–]\\s*\\d)", CI);
    /**
     * Session 24: after that year, the subject as the library writes it, capitalised ("… năm 2025 Tổ chức triển khai điều tra …"):
     * a capitalised word, then running words in lower case.
     */
    private static final Pattern CAPITAL_LED = Pattern.compile("(?u)^\\s+(\\p{Lu}\\p{Ll}*\\s+\\p{Ll}[^\\n]{9,})");
    /** The short name a news item gives the document in brackets right after its number ("(Quyết định 304)", "(gọi tắt là Kế hoạch 12)"). */
    private static final Pattern SHORT_NAME = Pattern.compile("^\\s*\\((?:gọi tắt là\\s+|sau đây gọi là\\s+)?[^()\\n]{2,40}\\)(?=\\s)", CI);
    /** A lead's date, after an agency's or an editor's note's label ("(TGCT) - ", "TTXVN ", s24: "LTS: Ngày 14-5-2011, …"). */
    static final Pattern LEAD_DATE = Pattern.compile("^(?:(?:\\([\\p{L}.]{2,20}(?:\\s[\\p{L}.]{2,20}){1,3}\\)|\\(?[\\p{L}.]{2,24}\\)?)\\s*[-–]\\s*|\\(?(?-i:\\p{Lu}{2,8})\\)?(?:\\s*:)?\\s+(?=Ngày\\s))?(?:(?:(?:sáng|chiều|tối|trưa)(?:\\s+nay)?|hôm nay)\\s+(?:ngày\\s+)?|ngày\\s+)"
            + "(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})"
            + "(?:\\s*[/.\\-]\\s*(\\d{4}))?\\s*,?\\s*", CI);
    /** A unit word, or the Prime Minister (who issues in person: "Thủ tướng Chính phủ … vừa ký Công điện …"). */
    private static final Pattern UNIT = Pattern.compile("Thủ tướng Chính phủ|Thường trực(?=\\s+(?:Tỉnh ủy|Huyện ủy|Thành ủy|Thị ủy|Quận ủy|Đảng ủy|HĐND|Hội đồng nhân dân)(?![\\p{L}]))|" + Issuers.UNIT_START.pattern()); // s21: "Thường trực Tỉnh ủy vừa ban hành …"
    private static final Pattern PRESENTED = Pattern.compile(FieldShapes.PRESENTING, CI);
    /** The body a presented document is "của" (of), up to its subject. */
    private static final Pattern OF = Pattern.compile("^\\s*(?:,?\\s*ngày\\s+[\\d/.\\-]{6,10}\\s*)?của\\s+([^,.;\\n]{3,80}?)\\s+(?:về việc|về|V/v)\\s", CI);
    /** "thay mặt X, …" and (session 16) "thừa lệnh / thừa ủy quyền X, <the official who signed> …": X is the issuing body. */
    private static final Pattern ON_BEHALF = Pattern.compile("^(?:thay mặt|thừa lệnh|thừa [ủu][ỷy] quyền)\\s+([^,]{3,100}),", CI);

    /** Session 19: "thay mặt X," after a lead ("(LSVN) - Vừa qua, thay mặt X, bà …"): X, a body, outranks the signer's offices. */
    private static final Pattern BEHALF = Pattern.compile("(?:^|,\\s+|[-–]\\s+)thay mặt\\s+([^,]{3,100}),", CI);

    private NewsSentence() {
    }

    /** The relayed document of the first sentence that names one with an issuing verb, or null. */
    static WebHeadline.Headline find(String head) {
        Matcher m = DOC.matcher(head);
        WebHeadline.Headline presented = null;
        while (m.find()) {
            if (m.group(2) == null && m.group(4) == null) {
                continue;
            }
            if (m.group(4) != null && !m.group(4).matches("(?s).*\\p{L}.*") || m.group(2) == null && head.substring(m.start(1), m.start(3)).indexOf('\n') >= 0) {
                continue; // s24: "… ký kết chương trình phối hợp" over a post stamp "26/03/2018 18:24": a symbol has letters, an unmarked number its kind word's line
            }
            if (PRESENTED.matcher(head.substring(m.start(), m.start(1))).find()) {
                // "Đó là nội dung tại Chỉ thị số …": the document the item is about, only when no sentence issues one (session 16)
                presented = presented == null ? read(head, m) : presented;
                continue;
            }
            String sentence = sentenceBefore(head, m.start());
            Matcher lead = LEAD_DATE.matcher(sentence);
            boolean dated = lead.lookingAt();
            if (!dated && !NewsNamed.recentLead(sentence) && FieldShapes.bareHas(head.substring(m.start(), m.start(1)))) { // s21: "Mới đây, X có Công văn số …"
                continue; // "có Công văn số …" without "đã/vừa" is an issuing act only in a dated news sentence (session 15)
            }
            return read(head, m);
        }
        return presented;
    }

    private static WebHeadline.Headline read(String head, Matcher m) {
        String sentence = sentenceBefore(head, m.start());
        Matcher lead = LEAD_DATE.matcher(sentence);
        boolean dated = lead.lookingAt();
        DateParts date = dated ? parts(lead) : DateParts.BLANK;
        String said = dated ? sentence.substring(lead.end()) : sentence;
        said = said.substring(said.lastIndexOf("; ") + 1).strip(); // s20: "Thực hiện …; Thực hiện …; Đoàn xã X đã xây dựng Kế hoạch số …": the last clause's subject
        String offices = HeaderShapes.personOffices(said);
        Matcher behalf = BEHALF.matcher(said);
        String subject = behalf.find() && UNIT.matcher(behalf.group(1)).lookingAt() ? behalf.group(1).replaceAll("\\s*\\([^()]{1,20}\\)", "") // s19: "Vừa qua, thay mặt X, bà Y, <her offices> đã ký …"
                : offices != null ? HeaderShapes.bodyOfLastOffice(offices) : issuer(said); // s17: a person who signs is no body
        String advised = NewsNamed.advisedBody(said);
        subject = advised != null ? advised : subject; // s21: "Sở Nội vụ đã tham mưu UBND tỉnh ban hành Kế hoạch số …": the body advised issues
        String office = NewsNamed.officeBody(said, m.group(4));
        subject = office != null ? office : subject; // s21: a person holding several offices signs for the one the symbol names
        String rest = SHORT_NAME.matcher(head.substring(m.end())).replaceFirst("");
        Matcher year = DOCUMENT_YEAR.matcher(rest);
        boolean yearNamed = year.lookingAt();
        rest = yearNamed ? rest.substring(year.end()) : rest; // s24: "ban hành Công văn 69-CV/BTGDVTU năm 2025 về …"
        Matcher own = OWN_DATE.matcher(rest);
        if (own.find()) {
            date = parts(own);
            rest = rest.substring(own.end());
        } else if (yearNamed && !dated) {
            date = new DateParts(null, null, HeaderBlock.num(year.group(1))); // s24: "Mới đây, X vừa ban hành Công văn 131-CV/ĐU năm 2025 …": the year alone
        }
        rest = NewsNamed.guidanceAfterRecipients(rest); // s21: "… số 1234/BGDĐT-GDTH gửi các Sở GD&ĐT hướng dẫn …": what it guides
        Matcher about = SUBJECT.matcher(rest);
        Matcher led = LED.matcher(rest);
        boolean named = about.find();
        Matcher capital = yearNamed && !named ? CAPITAL_LED.matcher(rest) : null;
        String title = NewsItems.subjectOnly(named ? WebHeadline.title(about.group(2)) : led.find() ? WebHeadline.title(led.group(1))
                : capital != null && capital.find() ? WebHeadline.title(capital.group(1)) : null); // s20: a dated clause after it; s24: a library's capitalised subject after the year
        Matcher of = PRESENTED.matcher(head.substring(m.start(), m.start(1))).find() ? OF.matcher(head.substring(m.end())) : null;
        if (subject == null && of != null && of.find()) {
            subject = of.group(1).strip(); // "Đó là nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về …": the body after "của"
        }
        if (offices != null && named && about.group("of") != null) {
            subject = about.group("of").strip(); // s17: the body the document is "của" outranks the signer's office
        }
        if (subject == null && named && about.group("of") != null) {
            subject = about.group("of").strip(); // session 16: "… nội dung tại Chỉ thị số 03/CT-UBND của Chủ tịch UBND tỉnh về …"
        }
        if (title != null && head.startsWith("Theo", m.start()) && title.contains(", ")) {
            title = title.substring(0, title.indexOf(", ")); // s18: "Theo Quyết định số … về việc …, học sinh tựu trường …": a phrase in front of the item's clause ends at its comma
        }
        List<String> issuers = subject == null ? List.of() : units(subject);
        String kind = m.group(1).equalsIgnoreCase("văn bản") ? null : m.group(1);
        return new WebHeadline.Headline(kind, HeaderBlock.num(m.group(3)), m.group(4), date, issuers, title);
    }

    /** The sentence's text before the verb: from the paragraph's start or the last full stop. */
    private static String sentenceBefore(String head, int end) {
        int stop = head.lastIndexOf(". ", end - 1);
        int from = Math.max(head.lastIndexOf('\n', end - 1) + 1, stop < 0 ? 0 : stop + 2);
        return head.substring(Math.min(from, end), end).strip();
    }

    /** The unit the subject names: "thay mặt X, …" gives X; else from its first unit word; else nothing. */
    private static String issuer(String subject) {
        String s = subject.strip();
        Matcher behalf = ON_BEHALF.matcher(s);
        boolean onBehalf = behalf.find();
        if (onBehalf) {
            s = behalf.group(1);
        }
        Matcher unit = UNIT.matcher(s);
        if (!unit.find()) {
            return null;
        }
        String u = s.substring(unit.start()).replaceFirst("[,;]?\\s*$", "").replaceFirst(",\\s*(?:tỉnh|thành phố)\\s+[^,]*$", "").strip();
        String signed = withoutSigner(s.substring(0, unit.start()), u);
        u = onBehalf ? signed : NewsNamed.officeAsWritten(s.substring(0, unit.start()), u, signed);
        u = NewsNamed.withoutDatedTail(u); // s21: "Bộ Giáo dục và Đào tạo (GD-ĐT) ngày 3-12 cho biết vừa ban hành …" // s21: "Chủ tịch UBND tỉnh vừa có Công văn …" — the office, as written
        return u.isEmpty() || u.length() > 120 ? null : u;
    }

    /** A joint subject, "UBND tỉnh - Hội Nông dân tỉnh" or "… và …", is two issuers when each part starts a unit. */
    static List<String> units(String subject) {
        if (HeaderShapes.officeOfBoth(subject)) {
            return List.of(subject.strip()); // s17: "Văn phòng HĐND và UBND thành phố" is one office
        }
        List<String> parts = List.of(subject.split("\\s+[–\\-]\\s+|\\s+và\\s+(?=" + Issuers.UNIT_START.pattern() + ")"));
        return parts.size() > 1 && parts.stream().allMatch(WordLists::startsUnit) ? parts.stream().map(String::strip).toList() : List.of(subject);
    }

    private static final Pattern SIGNER = Pattern.compile("\\s+(?:" + WordLists.SURNAMES + ")(?:\\s+\\p{Lu}\\p{Ll}*){2,3}$");

    /**
     * The unit without the person who signed for it: a subject opening with the office ("Giám đốc Sở GD&ĐT Đỗ Văn Phu",
     * "Thủ tướng Chính phủ Phạm Minh Chính") names the holder after the unit — a full name, surname first. Never for a
     * school, whose name is often a person's.
     */
    static String withoutSigner(String before, String unit) {
        boolean office = before.matches("(?iu).*(?:Giám đốc|Chủ tịch|Bộ trưởng|Trưởng ban)\\s*$") || unit.startsWith("Thủ tướng Chính phủ");
        return office && !unit.matches("(?iu)^trường\\s.*") ? SIGNER.matcher(unit).replaceFirst("") : unit;
    }

    static DateParts parts(Matcher m) {
        return new DateParts(HeaderBlock.num(m.group(1)), HeaderBlock.num(m.group(2)), m.group(3) == null ? null : HeaderBlock.num(m.group(3)));
    }
}
