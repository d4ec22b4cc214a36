package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;

/**
 * Session 23: the dates a text writes that may be a document's own — every "<place>, ngày 5 tháng 8 năm 2019" line (head or
 * foot, a header's place-date cell the header reader missed, the date line below a body) and the first dates of the text's
 * head — each with its line, whether a place opens it and whether it is written in words. A generic reader for the identity
 * chooser: it judges nothing.
 */
final class IdentityDates {

    private static final int HEAD = 60;
    private static final int FOOT = 60;
    private static final int MAX = 8;
    private static final Pattern PLACE_DATE = Pattern.compile("(?u)(\\p{Lu}[\\p{L}.]*(?:[ \\-]\\p{L}[\\p{L}.]*){0,4})\\s*,\\s*[Nn]gày\\s*(\\d{1,2})\\s*"
            + "(?:tháng\\s*(\\d{1,2})\\s*năm\\s*((?:19|20)\\d{2})|[/.\\-]\\s*(\\d{1,2})\\s*[/.\\-]\\s*((?:19|20)\\d{2}))(?![\\d/])");
    private static final Pattern WORDS = Pattern.compile("(?iu)ngày\\s*(\\d{1,2})\\s*tháng\\s*(\\d{1,2})\\s*năm\\s*((?:19|20)\\d{2})");

    /** One date: the line it is on, whether a place opens it ("Hà Nội, ngày …"), whether it is in words, whether in the foot. */
    record Dated(DateParts date, int line, boolean placed, boolean words, boolean foot) {
    }

    private IdentityDates() {
    }

    /** The place-date lines of the head and foot, then the dates in words of the head, distinct, at most 8. */
    static List<Dated> of(List<String> lines) {
        List<Dated> out = new ArrayList<>();
        int n = lines.size();
        for (int i = 0; i < n && out.size() < MAX; i++) {
            if (i >= HEAD && i < n - FOOT) {
                continue;
            }
            Matcher m = PLACE_DATE.matcher(lines.get(i));
            while (m.find()) {
                boolean words = m.group(3) != null;
                DateParts d = words ? date(m.group(2), m.group(3), m.group(4)) : date(m.group(2), m.group(5), m.group(6));
                add(out, new Dated(d, i, true, words, i >= n - FOOT && i >= HEAD));
            }
        }
        for (int i = 0; i < Math.min(n, HEAD) && out.size() < MAX; i++) {
            Matcher m = WORDS.matcher(lines.get(i));
            while (m.find()) {
                add(out, new Dated(date(m.group(1), m.group(2), m.group(3)), i, false, true, false));
            }
        }
        return out;
    }

    private static void add(List<Dated> out, Dated d) {
        if (d.date().month() != null && d.date().month() >= 1 && d.date().month() <= 12 && d.date().day() >= 1 && d.date().day() <= 31
                && out.stream().noneMatch(x -> Objects.equals(x.date(), d.date()))) {
            out.add(d);
        }
    }

    private static DateParts date(String d, String m, String y) {
        return new DateParts(Integer.valueOf(d), Integer.valueOf(m), Integer.valueOf(y));
    }
}
