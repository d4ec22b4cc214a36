package vn.gandan.imports;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.Period;

/**
 * The period a document is for: the school year ("năm học 2025-2026") in the title or the lines under it, else a year
 * the title names ("năm 2025", "tháng 10/2025", "quý I năm 2025"), else the year of the issue date; and the part of it
 * the title names — a half-year, nine months, a quarter, a semester or a month. No year anywhere: no period (null),
 * never a kind without a value.
 */
final class Periods {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Session 20: the years also in brackets ("năm học (2008-2009)") or joined by a slash ("năm học 2020/2021"). */
    private static final Pattern SCHOOL_YEAR = Pattern.compile("năm\\s*học\\s*(?:mới\\s*)?:?\\s*\\(?\\s*(\\d{4})\\s*[-–/]\\s*(\\d{4})", FLAGS);
    private static final Pattern YEAR = Pattern.compile("(?<![\\d/-])(20\\d{2}|19\\d{2})(?![\\d/-])");
    /** "tháng 10/2025", "quý I/2025", "tháng 10 - 2025": a year after a month or quarter, not a date's. */
    private static final Pattern PART_YEAR = Pattern.compile(
            "(?<!ngày\\s?\\d{1,2}\\s?)(?:tháng|quý)\\s*(?:\\d{1,2}|[IV]{1,3})\\s*(?:/|-|–|năm)\\s*((?:19|20)\\d{2})(?![\\d/])", FLAGS);
    /** A term or stage the title names by its years ("nhiệm kỳ 2016 - 2021", "giai đoạn 2021-2025"). */
    private static final Pattern TERM = Pattern.compile("(?:nhiệm kỳ|khóa|khoá|giai đoạn)\\s*(?:19|20)\\d{2}\\s*[-–]\\s*(?:19|20)\\d{2}", FLAGS);
    private static final Pattern HALF = Pattern.compile("(?:6|sáu)\\s*tháng\\s*(đầu|cuối)\\s*năm", FLAGS);
    private static final Pattern NINE = Pattern.compile("(?:9|chín)\\s*tháng(?:\\s*đầu)?\\s*năm", FLAGS);
    private static final Pattern QUARTER = Pattern.compile("\\bquý\\s*(IV|I{1,3}|[1-4])(?![\\p{L}\\d])", FLAGS);
    private static final Pattern SEMESTER = Pattern.compile("học\\s*k[ỳì]\\s*(II|I|[12])(?![\\p{L}\\d])", FLAGS);
    private static final Pattern MONTH = Pattern.compile("(?<!ngày\\s?\\d{1,2}\\s?)(?<![\\d/])tháng\\s*(1[0-2]|0?[1-9])(?![\\d])(?!\\s*(?:tháng|ngày))",
            FLAGS);

    private Periods() {
    }

    static Period of(String title, String head, Integer dateYear, Map<String, Double> conf) {
        String t = title == null ? "" : title;
        String part = part(t);
        Matcher sy = SCHOOL_YEAR.matcher(head + " " + t);
        String titleYear = first(YEAR, t) != null ? first(YEAR, t) : first(PART_YEAR, t);
        if (sy.find() && titleYear != null && !SCHOOL_YEAR.matcher(t).find() && inSentence(head, sy.start())) {
            sy = SCHOOL_YEAR.matcher(t); // session 16: a body sentence's school year never outranks the year the title names
        } else {
            sy.reset();
        }
        if (sy.find()) {
            conf.put("period", 0.9);
            return new Period("SCHOOL_YEAR", sy.group(1) + "-" + sy.group(2), part);
        }
        String year = first(YEAR, t) != null ? first(YEAR, t) : first(PART_YEAR, t);
        if (year != null && first(PART_YEAR, t) != null && TERM.matcher(t).find()) {
            year = first(PART_YEAR, t); // session 18: "nhiệm kỳ 2016 - 2021 (Quý III/2019)": a term's years are no period
        }
        if (year != null) {
            conf.put("period", 0.85);
            return new Period("YEAR", year, part);
        }
        conf.put("period", dateYear == null ? 0.1 : 0.5);
        return dateYear == null ? null : new Period("YEAR", String.valueOf(dateYear), part);
    }

    /** Whether the match at {@code at} of the head (its lines joined by "\n") stands in a body sentence: a line of more
     *  than twelve words ("Thực hiện chương trình công tác … năm học 2023 - 2024; căn cứ …"), not a line of the title. */
    private static boolean inSentence(String head, int at) {
        if (at >= head.length()) {
            return false;
        }
        int from = head.lastIndexOf('\n', at) + 1;
        int to = head.indexOf('\n', at);
        String line = head.substring(from, to < 0 ? head.length() : to).strip();
        return line.split("\\s+").length > 12;
    }

    private static String first(Pattern p, String s) {
        Matcher m = p.matcher(s);
        return m.find() ? m.group(1) : null;
    }

    /** HALF_1/HALF_2, NINE_MONTHS, QUARTER_1…4, SEMESTER_1/2 or MONTH_1…12 as the title names it; null for the whole. */
    static String part(String title) {
        Matcher m = HALF.matcher(title);
        if (m.find()) {
            return m.group(1).equalsIgnoreCase("đầu") ? "HALF_1" : "HALF_2";
        }
        if (NINE.matcher(title).find()) {
            return "NINE_MONTHS";
        }
        if ((m = QUARTER.matcher(title)).find()) {
            return "QUARTER_" + number(m.group(1));
        }
        if ((m = SEMESTER.matcher(title)).find()) {
            return "SEMESTER_" + number(m.group(1));
        }
        return (m = MONTH.matcher(title)).find() ? "MONTH_" + Integer.parseInt(m.group(1)) : null;
    }

    private static int number(String s) {
        return switch (s.toUpperCase(java.util.Locale.ROOT)) {
            case "I" -> 1;
            case "II" -> 2;
            case "III" -> 3;
            case "IV" -> 4;
            default -> Integer.parseInt(s);
        };
    }
}
