package vn.gandan.imports;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 17: structural shapes read from the failures of the retired held-out 7 (and counted over every tuning part), kept
 * apart from the steps that call them: a "place" without a capital is a sentence's words, an office "of" two councils is one
 * body, a person who signs is no issuing body, a news item's date standing right before its subject, a paragraph opening
 * with the document's full name and no subject, a page's posting line under its headline, a collector's "date …" chrome.
 */
final class HeaderShapes {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private HeaderShapes() {
    }

    /** "Do công việc đột xuất, ngày 25/6/2021, UBND …": a place is a proper name; one without any capital is running text. */
    static boolean placeWithoutCapital(String place) {
        return place != null && !place.isBlank() && place.codePoints().filter(Character::isLetter).noneMatch(Character::isUpperCase);
    }

    /** "Văn phòng HĐND và UBND thành phố": the office serving both councils, one body (never split at its "và"). */
    private static final String SERVED = "(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân|Đoàn ĐBQH|Đoàn đại biểu Quốc hội)";
    /** s19: also the office of three ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh"). */
    private static final Pattern OFFICE_OF_BOTH = Pattern.compile("^\\s*Văn phòng\\s+" + SERVED + "(?:\\s*,\\s*" + SERVED + ")*"
            + "\\s+(?:và|&)\\s+(?:HĐND|UBND|Hội đồng nhân dân|Ủy ban nhân dân|Uỷ ban nhân dân)(?![\\p{L}]).*", CI);

    static boolean officeOfBoth(String unit) {
        return unit != null && OFFICE_OF_BOTH.matcher(unit).matches();
    }

    /** A news subject that is a person ("đồng chí Đinh Thế Huynh, Ủy viên Bộ Chính trị, … đã ký ban hành …"): no body. */
    private static final Pattern PERSON = Pattern.compile("^(?:đồng chí|ông|bà)\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}(?:\\s*,|\\s*$)");

    static boolean personSubject(String subject) {
        return personOffices(subject) != null;
    }

    /** The person, where a clause of the sentence names one ("…, bà Hà Thị Nga, Ủy viên …"). */
    private static final Pattern PERSON_IN = Pattern.compile("(?:^|,\\s*)(?:đồng chí|ông|bà)\\s+\\p{Lu}\\p{Ll}*(?:\\s+\\p{Lu}\\p{Ll}*){1,4}\\s*(?:,\\s*|$)");

    /** The offices a person who signs holds ("Ủy viên Bộ Chính trị, Thường trực Ban Bí thư"), "" without any; null when the subject
     *  names no person (a body, or "thay mặt X, …"). */
    static String personOffices(String subject) {
        if (subject == null) {
            return null;
        }
        String s = subject.strip();
        Matcher m = PERSON.matcher(s);
        if (!m.find()) {
            m = PERSON_IN.matcher(s);
            if (!m.find() || s.substring(0, m.start()).matches("(?iu).*\\b(?:thay mặt|thừa lệnh|thừa [ủu][ỷy] quyền)\\b.*")) {
                return null;
            }
        }
        return s.substring(m.end()).strip();
    }

    private static final Pattern HEAD_OF_BAN = Pattern.compile("^(?:Phó\\s+)?(?:Trưởng|Thường trực)\\s+(?=Ban\\s+\\p{Lu})");

    /** The body of the signer's last office when it heads a Ban ("Thường trực Ban Bí thư" → "Ban Bí thư", "… - Trưởng Ban Vận động
     *  cứu trợ Trung ương" → the Ban); any other office gives no body (null). */
    static String bodyOfLastOffice(String offices) {
        String[] parts = offices.split("\\s*,\\s*|\\s+[–\\-]\\s+");
        String last = parts[parts.length - 1].replaceFirst("\\s+(?:(?:đã|vừa|mới)\\s*)+$", "").strip();
        Matcher m = HEAD_OF_BAN.matcher(last);
        return m.find() && last.length() - m.end() <= 80 ? last.substring(m.end()) : null;
    }

    /** "(sau đây viết tắt là Tỉnh ủy)", "(sau đây gọi tắt là …)" after a body's name: a note, not part of it. */
    private static final Pattern SHORT_NAME_NOTE = Pattern.compile("\\s*\\((?:sau đây\\s+)?(?:viết tắt|gọi tắt|gọi chung)(?:\\s+là)?\\s+[^)]{1,60}\\)", CI);

    static String withoutShortNameNote(String name) {
        return SHORT_NAME_NOTE.matcher(name).replaceAll("");
    }

    /** A title that is only the enacting authority's line: an office or a council in capitals and its locality. */
    private static final Pattern ENACTING_ONLY = Pattern.compile("^(?:CHỦ TỊCH|BỘ TRƯỞNG|THỦ TƯỚNG|GIÁM ĐỐC|THƯỜNG TRỰC|BAN THƯỜNG VỤ|HIỆU TRƯỞNG)\\s+[^\\p{Ll}]{2,80}$");

    static boolean enactingLineOnly(String title) {
        return title != null && ENACTING_ONLY.matcher(title.strip()).matches();
    }

    /**
     * A page headline of a kind word and the subject in running case, without number ("Thông báo lịch tiếp công dân của Chủ tịch
     * HĐND huyện …", "Chương trình hành động thực hiện Nghị quyết …"): the subject, from the first five paragraphs (a page's date lines above it); never the
     * document speaking of itself ("Kế hoạch này …") nor a sentence (ending in a full stop, a colon, or over 200 characters).
     */
    private static final Pattern KIND_HEADLINE = Pattern.compile("^(?:Chương trình(?: hành động| công tác)?|" + KindWords.HEADS_OWN_SUBJECT + ")\\s+"
            + "(?!(?:này|số|của|năm|tháng|ngày|và|về|đã|được|kèm)\\b)(\\p{Ll}[^.:;|]{9,200})$");

    /** A site's label after a dash or a bar ("Thông báo tiếp công dân - Tải văn bản"): a link, not a headline. */
    private static final Pattern LINK_LABEL = Pattern.compile("\\s[-–|]\\s+\\p{Lu}\\p{Ll}");

    static String kindHeadline(java.util.List<String> paras) {
        for (int i = 0; i < Math.min(5, paras.size()); i++) {
            Matcher m = KIND_HEADLINE.matcher(paras.get(i).strip());
            if (m.matches() && !m.group(1).matches(".*\\d{1,2}/\\d{1,2}/\\d{4}.*") && !LINK_LABEL.matcher(m.group(1)).find()
                    && m.group(1).strip().split("\\s+").length >= 4) {
                return m.group(1).strip();
            }
        }
        return null;
    }

    /** "… 17 tỉnh, thành cân nhắc … Ngày 19-9, Bộ …": a headline run on into the lead; the capital "Ngày" opens the sentence. */
    private static final Pattern DATE_BEFORE = Pattern.compile("(?:^|\\s)Ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})(?:\\s*[/.\\-]\\s*(\\d{4}))?\\s*,\\s*$");

    /** The date right before a news act's subject, or null. */
    static DateParts dateBefore(String before) {
        Matcher m = DATE_BEFORE.matcher(before);
        return m.find() ? NewsSentence.parts(m) : null;
    }

    /** A collector's or a site's "date 2024-11" chrome opening a paragraph. */
    private static final Pattern DATE_CHROME = Pattern.compile("(?m)^[ \\t]*date\\s+\\d{4}-\\d{2}(?:-\\d{2})?[ \\t]+");

    static String withoutDateChrome(String head) {
        return DATE_CHROME.matcher(head).replaceAll("");
    }

    /** A page's posting line after its headline ("Chủ nhật – 24/12/2017 21:35", "Thứ Ba, 29/06/2021 10:51"). */
    static final String POSTING = "(?:(?:Thứ\\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|\\d)|Chủ\\s*[Nn]hật)\\s*[,–\\-]?\\s*)?"
            + "\\d{1,2}/\\d{1,2}/\\d{4}(?:\\s+\\d{1,2}:\\d{2}(?::\\d{2})?)?$";

    private static final String KIND = "(" + KindWords.ANY + ")";
    /**
     * A paragraph opening with the document's full name and its issuer, then what it says rather than its subject ("Báo cáo
     * số 113 -BC/HNDTW ngày 27/11/2024 của Ban Chấp hành Trung ương Hội Nông dân Việt Nam kính gửi Thủ tướng … nêu rõ: …"):
     * kind, number, symbol, date and issuer; no title (the subject is not named).
     */
    private static final Pattern NAMED_FIRST = Pattern.compile("(?:^|\\n)[ \\t]*" + KIND + "\\s+số\\s+(\\d+)\\s*([/\\-])\\s*([\\p{Lu}\\d][\\p{L}\\d&]*(?:[/\\-][\\p{L}\\d&]+)*)"
            + "\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4})\\s+của\\s+((?:Chủ tịch|Thủ tướng|" + Issuers.UNIT_START.pattern()
            + ")[^,.;:\\n]{0,100}?)\\s+(?:kính gửi|gửi|nêu rõ|cho biết|yêu cầu|đề nghị|chỉ đạo|nhấn mạnh|xác định|quy định)(?![\\p{L}])", CI);

    static WebHeadline.Headline namedFirst(String head) {
        Matcher m = NAMED_FIRST.matcher(head);
        if (!m.find()) {
            return null;
        }
        DateParts date = new DateParts(HeaderBlock.num(m.group(5)), HeaderBlock.num(m.group(6)), HeaderBlock.num(m.group(7)));
        return new WebHeadline.Headline(m.group(1), HeaderBlock.num(m.group(2)), m.group(4), date, NewsSentence.units(m.group(8).strip()), null);
    }
}
