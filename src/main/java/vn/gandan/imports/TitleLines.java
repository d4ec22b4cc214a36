package vn.gandan.imports;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Session 19: where a title line goes on over the next line, for the shapes the retired held-out 9 showed being cut — the
 * lines are read by {@link Title#collect}; these are its typed answers on one pair of lines (the title so far, the next line).
 * <ul>
 * <li>the second year of a range the line break split ("… 5 NĂM 2021 -" / "2025", "… GIAI ĐOẠN 2021" / "- 2025");</li>
 * <li>a school-year line written with a colon under a title in capitals ("KẾ HOẠCH TỔ KHTN" / "Năm học : 2016 - 2017"; under a
 * title in running case the seeds' convention leaves "Năm học: 2023-2024" out, as before);</li>
 * <li>a school year glued to the principal's enacting line ("Năm học 2020-2021 HIỆU TRƯỞNG TRƯỜNG THCS …");</li>
 * <li>the unit a mixed-case title names, on its own line over a blank line, right above the enacting authority
 * ("Ban hành Quy chế … Cổng thông tin điện tử" / "Trường Tiểu học Quảng Hùng" / "HIỆU TRƯỞNG TRƯỜNG TIỂU HỌC QUẢNG HÙNG");</li>
 * <li>a short bracketed qualifier under a title in capitals ("(20/10, 20/11)").</li>
 * </ul>
 * And where a title stands, for {@link Title#find} and {@link Extractor}: a schedule's own line ("Lịch tiếp công dân …"), a decision
 * issuing the regulation a page headline names, a kind the symbol spells by its initials, a kind word alone in running case or
 * broken over two lines, and how far a page without header is searched (its lines, not its blank lines).
 */
final class TitleLines {

    /** A word of letters only (compiled once: tested per word of a title). */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");
    private static final Pattern RANGE_OPEN = Pattern.compile("(?su).*\\b\\d{4}\\s*[-–]$");
    private static final Pattern YEAR_CLOSES = Pattern.compile("^\\d{4}\\)?\\.?$");
    private static final Pattern PERIOD_YEAR = Pattern.compile("(?su).*\\b(?:GIAI ĐOẠN|NĂM|NHIỆM KỲ|NĂM HỌC|giai đoạn|năm|nhiệm kỳ|năm học)\\s+\\d{4}$");
    private static final Pattern DASH_YEAR_CLOSES = Pattern.compile("^[-–]\\s*\\d{4}\\)?\\.?$");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("(?iu)^năm học\\s*:?\\s*\\d{4}\\s*[-–]\\s*\\d{4}\\.?$");
    /** A school or term year, then the enacting authority in capitals on the same line. */
    private static final Pattern YEAR_THEN_ENACTING = Pattern.compile("(?u)^(?iu:năm học|nhiệm kỳ|giai đoạn)\\s*:?\\s*\\d{4}\\s*[-–]\\s*\\d{4}\\s+"
            + "(?:HIỆU TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG PHÒNG|TRƯỞNG BAN)\\s[^\\p{Ll},;()]{2,80}$");
    private static final Pattern ENACTING = Pattern.compile("(?u)^(?:HIỆU TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|TRƯỞNG PHÒNG|TRƯỞNG BAN|THỦ TRƯỞNG"
            + "|(?:ỦY|UỶ) BAN NHÂN DÂN)\\s[^\\p{Ll},;()]{2,80}$");
    private static final Pattern PUNCTUATED = Pattern.compile("(?s).*[.;:,]$");

    private TitleLines() {
    }

    /** The second year of a range split by the line break goes on with the title. */
    static boolean secondYear(CharSequence sofar, String line) {
        String l = line.strip();
        return YEAR_CLOSES.matcher(l).matches() && RANGE_OPEN.matcher(sofar).matches()
                || DASH_YEAR_CLOSES.matcher(l).matches() && PERIOD_YEAR.matcher(sofar).matches();
    }

    /** A line that is only a school year, with or without a colon ("Năm học : 2016 - 2017"). */
    static boolean schoolYearLine(String line) {
        return SCHOOL_YEAR.matcher(line.strip()).matches();
    }

    /** A school or term year glued to the enacting authority's line: never a stop (the title keeps the years; the end cue cuts the rest). */
    static boolean yearThenEnacting(String line) {
        return YEAR_THEN_ENACTING.matcher(line.strip()).matches();
    }

    /**
     * The unit a mixed-case title names, standing alone after a blank line with the enacting authority in capitals as the next
     * line: a short capitalised unit name (no comma, no end punctuation, not in capitals), the title so far in running case and
     * not ended by punctuation.
     */
    static boolean unitAboveEnacting(List<String> lines, int at, CharSequence sofar, boolean letter) {
        String l = lines.get(at).strip();
        if (letter || sofar.length() == 0 || l.length() >= 80 || l.indexOf(',') >= 0 || PUNCTUATED.matcher(l).matches()
                || PUNCTUATED.matcher(sofar).matches() || TextLines.isUpper(l) || !TextLines.isUpper(l.substring(0, 1))
                || !WordLists.startsUnit(l) || sofar.codePoints().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (int j = at + 1; j < Math.min(lines.size(), at + 6); j++) {
            String next = lines.get(j).strip();
            if (!next.isEmpty()) {
                return ENACTING.matcher(next).matches();
            }
        }
        return false;
    }
    /** A schedule's own line ("Lịch tiếp công dân …", "LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ"): the gold keeps the word "Lịch" in its title. */
    private static final Pattern SCHEDULE = Pattern.compile("(?u)^(?:Lịch|LỊCH)\\s+(?:tiếp|Tiếp|TIẾP|làm việc|LÀM VIỆC|công tác|CÔNG TÁC|trực|TRỰC)(?![\\p{L}])[^.:;|]{5,200}$");
    private static final Pattern SCHEDULE_GOES_ON = Pattern.compile("(?u)^(?:CỦA|TẠI|NĂM|THÁNG|QUÝ|TUẦN)\\s[^\\p{Ll}]{3,160}$");
    private static final Pattern BODY_LINE = Pattern.compile("(?iu)^(?:Căn cứ|Thực hiện|Kính gửi)\\b.*|.*\\bnhư sau\\s*:?\\s*$");

    /**
     * Session 19: a schedule of citizen receptions (or of work) titled by its own line among the page's first lines, above the
     * body: the last such line before the bases or the first sentence (a portal's headline above it shortens it), with a line
     * in capitals that goes on with it ("LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ" / "CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN …"). Null when none.
     * The header's own kind line and title, when a numbered header has them, are never overruled (the caller asks only without one).
     */
    static Schedule schedule(List<String> lines) {
        Schedule found = null;
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 12; i++) {
            String l = lines.get(i).strip();
            if (l.isEmpty()) {
                continue;
            }
            seen++;
            if (BODY_LINE.matcher(l).matches() || l.length() > 220) {
                break;
            }
            if (SCHEDULE.matcher(l).matches()) {
                StringBuilder sb = new StringBuilder(l);
                for (int j = i + 1; j < Math.min(lines.size(), i + 5) && TextLines.isUpper(l); j++) {
                    String next = lines.get(j).strip();
                    if (next.isEmpty()) {
                        continue;
                    }
                    if (!SCHEDULE_GOES_ON.matcher(next).matches()) {
                        break;
                    }
                    sb.append(' ').append(next);
                }
                found = new Schedule(l, sb.toString());
            }
        }
        return found;
    }

    /**
     * Whether the schedule's own line outranks the title found: nothing found, a title it only lengthens (a headline "Thông báo
     * lịch tiếp công dân định kỳ" above "LỊCH TIẾP CÔNG DÂN ĐỊNH KỲ CỦA CHỦ TỊCH …"), or a sentence of the body that names another
     * document (a base "… đã ban hành Quyết định số 05/QĐ-UBND … về việc ban hành Nội quy …" under the schedule's line).
     */
    static boolean scheduleWins(String found, Schedule schedule, boolean fromBodySentence) {
        if (found == null) {
            return true;
        }
        String f = vn.gandan.shared.Texts.fold(found).strip();
        String s = vn.gandan.shared.Texts.fold(schedule.title()).strip();
        String line = vn.gandan.shared.Texts.fold(schedule.line()).strip();
        return s.startsWith(f) && s.length() > f.length() || f.indexOf(line, 1) > 0 // a headline glued in front of the schedule's line
                || fromBodySentence && !f.contains("lich ");
    }

    /** The schedule's own line and the title it gives (with the line in capitals that goes on with it). */
    record Schedule(String line, String title) {
    }
    private static final Pattern DECISION_LINE = Pattern.compile("(?u)^QUYẾT ĐỊNH$");

    /**
     * Session 19: a page headline giving a regulation or plan in capitals ("QUY CHẾ PHỐI HỢP HOẠT ĐỘNG …") above the decision
     * that issues it, its kind line alone ("QUYẾT ĐỊNH") within the next lines and its title opening with "ban hành" and the
     * headline's kind word ("BAN HÀNH QUY CHẾ PHỐI HỢP …"): the decision is the page's document, its title the one given. The
     * decision's kind line, or null.
     */
    static HeaderSegments.Seg decisionIssuing(List<String> lines, List<HeaderSegments.Seg> segs, HeaderSegments.Seg headline, String kind) {
        for (HeaderSegments.Seg t : segs) {
            if (t.line() <= headline.line() || t.line() > headline.line() + 6 || t.kind() != HeaderSegments.Kind.TEXT
                    || !DECISION_LINE.matcher(t.text().strip()).matches()) {
                continue;
            }
            for (int j = t.line() + 1; j < Math.min(lines.size(), t.line() + 4); j++) {
                String next = lines.get(j).strip();
                if (!next.isEmpty()) {
                    String f = vn.gandan.shared.Texts.fold(next);
                    return f.startsWith("ban hanh " + kind + " ") || f.startsWith("ve viec ban hanh " + kind + " ") ? t : null;
                }
            }
            return null;
        }
        return null;
    }
    /**
     * Session 19: a kind no word list names, told by the symbol ("Số: 01/PHCL - TrMN" over "PHƯƠNG HƯỚNG CHIẾN LƯỢC XÂY DỰNG …"):
     * the title's first words whose initials are the symbol's kind letters (three or more letters, words in capitals) are the
     * kind line, not the title — as the gold drops "KẾ HOẠCH" in front of a plan's title. The title unchanged otherwise.
     */
    static String withoutKindInitials(String title, String symbol) {
        if (title == null || symbol == null) {
            return title;
        }
        String letters = vn.gandan.shared.Texts.fold(symbol.replaceFirst("^\\s*\\d{4}\\s*/", "").split("[-/–\\s]", 2)[0]).replace("đ", "d");
        String[] words = title.strip().split("\\s+");
        if (letters.length() < 3 || !LETTERS.matcher(letters).matches() || words.length <= letters.length() + 2) {
            return title;
        }
        StringBuilder initials = new StringBuilder();
        for (int w = 0; w < letters.length(); w++) {
            if (!TextLines.isUpper(words[w]) || !LETTERS.matcher(words[w]).matches()) {
                return title;
            }
            initials.append(vn.gandan.shared.Texts.fold(words[w].substring(0, 1)).replace("đ", "d"));
        }
        return initials.toString().equals(letters)
                ? String.join(" ", java.util.Arrays.asList(words).subList(letters.length(), words.length)) : title;
    }
    /**
     * Session 19: the last line of the first {@code count} lines that are not blank, so that a page without header written with a
     * blank line under every line (a portal's counters and links above its kind line: "Hôm nay : 11" / "" / "Tháng 10 : 39" / …)
     * is searched for its kind line as far as a page without blank lines ("SƠ KẾT …" / "BÁO CÁO" on its 17th line, 11th not blank).
     */
    static int nonBlankWindow(List<String> lines, int count) {
        int seen = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank() && ++seen == count) {
                return i;
            }
        }
        return lines.size();
    }
    private static final Pattern BRACKETED = Pattern.compile("^\\((?!\\s*(?i:ban hành|kèm theo|dự thảo|trích|xem|tiếp theo))[^()]{2,60}\\)$");

    /**
     * Session 19: a short line wholly in brackets under a title in capitals, over a blank line ("SƠ KẾT THI ĐUA CHÀO MỪNG CÁC NGÀY
     * LỄ LỚN" / "(20/10, 20/11)"): the title's own qualifier; never an annex note, a draft mark or a reference.
     */
    static boolean bracketedTail(CharSequence sofar, String line) {
        return sofar.length() > 0 && !PUNCTUATED.matcher(sofar).matches() && BRACKETED.matcher(line.strip()).matches();
    }
    private static final Pattern KIND_WORD_ALONE = Pattern.compile("(?u)^(?:Kế hoạch|Báo cáo|Thông báo|Quyết định|Chương trình|Hướng dẫn|Tờ trình|Quy chế|Quy định|Nghị quyết)\\s*:?$");

    /** Session 19: a kind word in running case alone on its line ("Liên đội trường TH …" / "Kế hoạch" / "Công tác Đội …"): a kind line. */
    static boolean kindWordAlone(String line) {
        return KIND_WORD_ALONE.matcher(line.strip()).matches();
    }
    private static final java.util.Map<String, String> KIND_HALVES = java.util.Map.of("KẾ", "HOẠCH", "BÁO", "CÁO", "QUYẾT", "ĐỊNH",
            "THÔNG", "BÁO", "CHƯƠNG", "TRÌNH", "HƯỚNG", "DẪN", "TỜ", "TRÌNH");

    /**
     * Session 19: a kind word in capitals broken over two lines by a PDF's column ("KẾ" / "HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10"): read
     * as one kind line standing on the second line. The cell unchanged otherwise.
     */
    static HeaderSegments.Seg brokenKindWord(List<String> lines, HeaderSegments.Seg s) {
        String half = KIND_HALVES.get(s.text().strip());
        if (half == null || s.kind() != HeaderSegments.Kind.TEXT || !s.text().strip().equals(lines.get(s.line()).strip())) {
            return s;
        }
        for (int j = s.line() + 1; j < Math.min(lines.size(), s.line() + 3); j++) {
            String next = lines.get(j).strip();
            if (!next.isEmpty()) {
                return next.equals(half) || next.startsWith(half + " ")
                        ? new HeaderSegments.Seg(j, HeaderSegments.Kind.TEXT, s.text().strip() + " " + next) : s;
            }
        }
        return s;
    }
}
