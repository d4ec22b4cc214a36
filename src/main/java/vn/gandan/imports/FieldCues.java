package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 17: cues for number, symbol, date, place and period in the shapes the extractor first saw in the session-17
 * documents (portal stamps, news leads, excerpt brackets). Each cue refuses rather than guesses.
 */
final class FieldCues {

    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** An administrative level written in lower case before a place's name ("xã Tân Mỹ", "thành phố Vinh"). */
    private static final Pattern LEVEL = Pattern.compile("^(?:xã|phường|thị trấn|thị xã|huyện|quận|thành phố|tỉnh|tp\\.?|tx\\.?|tt\\.?)(?![\\p{L}])");
    /** A day of the week: a posting stamp ("Đăng vào Thứ bảy, ngày 20/04/2024"), never a document's place. */
    private static final Pattern WEEKDAY = Pattern.compile("(?<![\\p{L}])(?:thứ\\s*(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\\s*nhật)(?![\\p{L}])", CI);

    private FieldCues() {
    }

    /**
     * The words before ", ngày …" are no place: they open in lower case with no administrative level and the sentence goes
     * on after the date ("Do công việc đột xuất, ngày 25/6/2021, UBND …" → "việc đột xuất"), or they name a day of the week
     * (a page's posting stamp).
     */
    static boolean notAPlace(String place, String after) {
        String p = place.strip();
        if (p.isEmpty()) {
            return false;
        }
        return Character.isLowerCase(p.codePointAt(0)) && !LEVEL.matcher(p).find() && after.matches("(?s)^\\s*,\\s*\\S.*")
                || WEEKDAY.matcher(p).find();
    }

    /**
     * Session 18: a dated news sentence that issues a document by number without symbol ("Ngày 10/8/2022, Ban Nội chính
     * Tỉnh ủy ban hành Thông báo số 50 mời …") before the sentence a symbol made the readers take ("… ngày 12/4/2022, Ban
     * Nội chính Tỉnh ủy ban hành Thông báo số 38-TB/BNCTU …", an earlier notice the item recalls): the item's lead act is its
     * document. Only an act with its number and the day and month of its sentence; else null.
     */
    static WebHeadline.Headline earlierDatedAct(String head, int start) {
        WebHeadline.Headline before = start <= 0 ? null : NewsSentence.find(head.substring(0, start));
        return before != null && before.number() != null && before.date().day() != null && before.date().month() != null ? before : null;
    }

    /** Debris of a blank number left inside a symbol ("…./2014../KH-TTND" → "2014/KH-TTND"): a run of dots before a separator. */
    static String withoutDebris(String symbol) {
        return symbol == null ? null : symbol.replaceAll("(?:\\.{2,}|…+)(?=\\s*[/\\-–])", "");
    }

    /**
     * Session 18: a news act's document named in brackets at the end of its sentence ("… vừa có Kế hoạch thực hiện … năm 2023
     * (Kế hoạch số 189/KH-BVĐ, ngày 17/3/2023)."): kind word, number, symbol and, when given, the date.
     */
    static final Pattern BRACKETED = Pattern.compile("\\((" + KindWords.ANY_OR_TEXT + ")\\s+số\\s*:?\\s*(\\d{1,5})"
            + "\\s*[/\\-–]\\s*((?-i:\\p{Lu})[\\p{L}\\d&]*(?:[/\\-–][\\p{L}\\d&]+)*)(?:\\s*,?\\s*ngày\\s+(\\d{1,2})\\s*[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*(\\d{4}))?\\s*\\)"
            + "[^.;\\n]{0,3}(?:[.;]|$)", CI);

    /** "năm 2018", "Hè 2016": a year named by itself, not a full date's ("ngày 15 tháng 10 năm 2020") nor a horizon ("đến năm 2050"). */
    private static final Pattern LEAD_YEAR = Pattern.compile("(?<![\\p{L}])(?<!tháng\\s{0,2}\\d{1,2}\\s{0,2})(?<!(?:đến|tới)\\s{1,2})(?:năm|hè)\\s+((?:19|20)\\d{2})(?![\\d/\\-–])", CI);
    /** A law or constitution named by its year ("Luật Tiếp công dân năm 2013"): no period of the page's. */
    private static final Pattern LAW = Pattern.compile("(?<![\\p{L}])(?:Luật|Bộ luật|Hiến pháp|Pháp lệnh)(?![\\p{L}])[^.;,]{0,60}$", CI);

    /**
     * Session 18: the year of a news item whose document has no title and no date — named by itself in its first three
     * paragraphs ("Ban Thường trực … hướng dẫn việc tổ chức Ngày hội … năm 2018", "chiến dịch Thanh niên tình nguyện Hè 2016");
     * never a law's year. In the tuning parts every item without title and date had such a period in gold.
     */
    static Extraction.Period leadYear(List<String> paras) {
        int seen = 0;
        for (String p : paras) {
            if (p.isBlank()) {
                continue;
            }
            if (seen++ == 3) {
                break;
            }
            Matcher m = LEAD_YEAR.matcher(p);
            while (m.find()) {
                if (!LAW.matcher(p.substring(0, m.start())).find()) {
                    return new Extraction.Period("YEAR", m.group(1), null);
                }
            }
        }
        return null;
    }

    /** A signing told in a dated news lead ("Chiều 14/6, Liên minh HTX phối hợp Hội Khuyến học tỉnh ký kết chương trình …"); an
     *  abbreviation's dot ("Ban Thường vụ T.Ư Đoàn") does not end the sentence (session 19). */
    private static final Pattern SIGNS = Pattern.compile("^(?:[^.;]|(?-i:(?<=\\p{Lu})\\.(?=\\p{Lu}))){0,240}?(?<![\\p{L}])ký kết\\s+(?:chương trình|quy chế|kế hoạch)(?![\\p{L}])", CI); // s19: a joint plan signed
    /**
     * The date of a news lead that tells of a programme or regulation being signed: the signing is the document's date (day
     * and month; the year only when the lead writes it). Only a page without a header date, in its first eight paragraphs
     * (session 19: a news page's section, feed and author lines come first).
     */
    static DateParts signed(List<String> lines) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 8; i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            Matcher lead = NewsSentence.LEAD_DATE.matcher(l);
            if (lead.lookingAt() && SIGNS.matcher(l.substring(lead.end())).find()) {
                return NewsSentence.parts(lead);
            }
            DateParts clause = lead.lookingAt() ? NewsNamed.issuedOn(l) : NewsNamed.signedClause(l); // s21: "Ngày 20/9/2018, Ban … ban hành kế hoạch …"
            if (clause != null) {
                return clause; // s21: "Nhằm …, chiều 25.4, ông … đã ký kết kế hoạch …"
            }
        }
        return null;
    }

    /** A record's kind line ("BIÊN BẢN", in capitals, opening a line or a cell of a header run onto one line). */
    private static final Pattern RECORD = Pattern.compile("(?:^\\s*|(?<=[.:]\\s{0,3}))BIÊN\\s*BẢN(?![\\p{L}])", Pattern.MULTILINE);
    /** The meeting the record minutes, opening its first section: "Vào lúc ……. giờ …. phút, ngày 19 tháng 8 năm 2017, tại …",
     *  "Hôm nay, hồi 8 giờ 00 ngày 06/10/2020 …" — the time may be left blank with dots. */
    private static final Pattern MEETING = Pattern.compile("(?<![\\p{L}])(?:Vào\\s+(?:lúc|hồi)|Hôm\\s+nay|Hồi)(?![\\p{L}])[^;\\n]{0,80}?(?<![\\p{L}])ngày\\s*"
            + "(\\d{1,2})\\s*(?:tháng|/)\\s*(\\d{1,2})\\s*(?:năm|/)\\s*((?:19|20)\\d{2})(?!\\d)", CI);

    /**
     * Session 20: a record (biên bản) is dated by the meeting it minutes — when its header gives no date cell, the date of the
     * first "Vào lúc … ngày …" / "Hôm nay, … ngày …" sentence within the 1,200 characters after its kind line (a record's
     * first section states when and where the meeting sat). Null for any other document, or when no such sentence follows.
     */
    static DateParts recorded(String head) {
        Matcher kind = RECORD.matcher(head);
        if (!kind.find()) {
            return null;
        }
        Matcher m = MEETING.matcher(head.substring(kind.end(), Math.min(head.length(), kind.end() + 1200)));
        return m.find() ? new DateParts(Integer.valueOf(m.group(1)), Integer.valueOf(m.group(2)), Integer.valueOf(m.group(3))) : null;
    }
}
