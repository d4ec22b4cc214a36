package vn.gandan.imports;

import java.util.regex.Pattern;

/**
 * Session 21: where a title's tail stops, read from the shapes documents never seen brought (held-out 11, retired this
 * session). A title's last line is often a period line, a sentence break before a period, or the place and date cell
 * a copy put under it without its comma:
 * <ul>
 * <li>a school-year line with a colon right under a running-case title, no blank line between ("KẾ HOẠCH Phát động …" /
 * "Năm học: 2016 - 2017") goes on with it, as every period line right under a title does in the tuning gold (40 of 40); over a
 * blank line (seed 003: "Thực hiện quy chế dân chủ ở cơ sở" / "" / "Năm học: 2023-2024") it stays out;</li>
 * <li>a full stop in front of the period that closes the title ("… Học sinh tích cực”. Năm học 2019 – 2020") is no sentence
 * end;</li>
 * <li>a place and date cell without its comma on its own line ("Hà Nội ngày 30 tháng 3 năm 2010") is the header's, never the
 * tail of the title or V/v subject above it.</li>
 * </ul>
 */
final class TitleTails {

    private TitleTails() {
    }

    /** A period phrase alone to the end of the text: "Năm học 2019 – 2020", "Giai đoạn 2021-2025", "Nhiệm kỳ 2020 - 2025", "Năm 2023". */
    static final String PERIOD_TO_END = "(?:(?iu:năm học|giai đoạn|nhiệm kỳ)\\s*:?\\s*\\d{4}\\s*[-–—]\\s*\\d{4}|(?iu:năm)\\s+\\d{4})\\s*\\.?\\s*$";

    private static final Pattern PERIOD_LINE = Pattern.compile("^" + PERIOD_TO_END);

    private static final Pattern PLACE_DATE = Pattern.compile("(?u)^(?:(?:TP|Tp|TX|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[\\s\\-]\\p{Lu}\\p{Ll}*){0,4}\\s+(?iu:ngày)\\s*"
            + "\\d{1,2}\\s*(?:\\s(?iu:tháng)\\s*\\d{1,2}\\s+(?iu:năm)\\s*|[/.\\-]\\s*\\d{1,2}\\s*[/.\\-]\\s*)\\d{4}\\s*\\.?$");

    /**
     * The place and date cell glued after the subject without its comma ("V/v: Hướng dẫn … năm 2010 Hà Nội ngày 30 tháng 3 năm
     * 2010"): capitalised place words (all of them: never from inside a name), never after "tại" / "ở" (an event's
     * place and day are the title's) nor "Việt Nam".
     */
    static final String GLUED_PLACE_DATE = "(?<!\\b(?:tại|ở|TẠI|Ở|Tại)|\\p{Lu}\\p{Ll}{0,12})\\s+(?=(?!Việt\\s+Nam\\s)(?:(?:TP|Tp|TX|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:[\\s\\-]\\p{Lu}\\p{Ll}*){0,3}\\s+ngày\\s*\\d{1,2}\\s+tháng\\s*\\d{1,2}\\s+năm\\s*\\d{4}\\s*\\.?$)";

    /** The school-year line with a colon right under a running-case title, no blank line between: part of the title. */
    static boolean schoolYearRightUnder(String line, int blanks, boolean letter, boolean capitalsSoFar) {
        return !letter && blanks == 0 && !capitalsSoFar && TitleLines.schoolYearLine(line);
    }

    /** A line holding a period phrase only ("Năm học 2019 – 2020"): a full stop above it ends no title. */
    static boolean periodLine(String line) {
        return PERIOD_LINE.matcher(line.strip()).matches();
    }

    /** A place and date cell without the comma, alone on its line ("Hà Nội ngày 30 tháng 3 năm 2010"). */
    static boolean placeDateLine(String line) {
        return PLACE_DATE.matcher(line.strip()).matches();
    }

    private static final Pattern DRAFT_MARK = Pattern.compile("(?iu)^\\(\\s*dự\\s+thảo(?:\\s+lần\\s+(?:thứ\\s+)?[\\p{L}\\d]+)?\\s*\\)\\.?$");

    /**
     * A draft mark alone on its line under the header ("(Dự thảo lần 5)"): no title, and no end of the search for the title in
     * capitals below it when the header has no kind line (a Party committee's political report, "Số -BC/TU").
     */
    static boolean draftMark(String line) {
        return DRAFT_MARK.matcher(line.strip()).matches();
    }

    /** The index after {@code count} lines from {@code from} that are neither blank nor a draft mark (a copy's blank line after every line). */
    static int windowEnd(java.util.List<String> lines, int from, int count) {
        int i = from;
        for (int seen = 0; i < lines.size() && seen < count; i++) {
            if (!lines.get(i).isBlank() && !draftMark(lines.get(i))) {
                seen++;
            }
        }
        return i;
    }

    private static final Pattern TRAILING_BULLET = Pattern.compile("\\s+[-–+•*]$");

    /** The body's first bullet left behind where a run onto one line was cut ("… cấp Liên đội -" before "Căn cứ …"); no gold title ends on one. */
    static String withoutBullet(String title) {
        return title == null ? null : Extractor.trimEnd(TRAILING_BULLET.matcher(title).replaceFirst(""));
    }

    /**
     * A title block spaced by its copy, a blank line after every line: the kind line alone and a blank line under it ("KẾ
     * HOẠCH" / "" / "Xây dựng thư viện …" / "" / "Năm học: 2018-2019"). One blank line there separates nothing; in seed 003 the
     * title stands right under the kind line and only the school year is set apart by a blank line (it stays out).
     */
    static boolean spacedBlock(java.util.List<String> lines, int kindLine, String restOfKindLine) {
        return (restOfKindLine == null || restOfKindLine.isBlank()) && kindLine + 2 < lines.size() && lines.get(kindLine + 1).isBlank()
                && !lines.get(kindLine + 2).isBlank();
    }
}
