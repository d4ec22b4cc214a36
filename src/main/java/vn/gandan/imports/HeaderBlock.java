package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.HeaderSegments.Kind;
import vn.gandan.imports.HeaderSegments.Seg;

/**
 * The header block read by its structure: the issuer column (every unit line near the motto, a name broken over
 * lines joined again), the number line, the place and date line, then the kind word and the title (trích yếu) or a
 * "V/v" subject. Fields the block does not show stay null; {@code anchored} says whether a header was found at all.
 */
final class HeaderBlock {

    /** What the header shows; {@code titleLine} is the line after which the body starts. */
    record Header(boolean anchored, Integer number, String symbol, boolean numbered, String place, DateParts date,
            boolean dated, List<String> units, String kindWord, boolean letter, String title, int titleLine) {
    }

    private static final Pattern LEAD_DATE = Pattern.compile("(?iu)NGÀY\\s+(\\d{1,2})\\s+THÁNG\\s+(\\d{1,2})\\s+NĂM\\s+(\\d{4})\\s+(\\S.*)");

    private HeaderBlock() {
    }

    static Header read(TextLines d) {
        List<Seg> segs = HeaderSegments.of(d);
        int first = -1;
        int last = -1;
        Seg number = null;
        Seg date = null;
        int from = FieldShapes.headerBelowPageTitle(segs);
        for (Seg s : segs) {
            if (first >= 0 && s.kind() == Kind.TEXT && s.text().matches("(?i)^(?:Căn cứ|Xét)\\b.*")) {
                break;
            }
            if (s.kind() == Kind.TEXT && BasesBlock.heading(s.text())) {
                break; // s25: a bare "Căn cứ:" heading opens the bases; a "Thông tư số: 36/…" among them is cited, never the number line
            }
            if (s.kind() == Kind.TEXT || last >= 0 && s.line() > last + 14 || s.line() < from) {
                continue;
            }
            if (s.kind() == Kind.NUMBER && number != null || s.kind() == Kind.DATE && date != null) {
                continue;
            }
            first = first < 0 ? s.line() : Math.min(first, s.line());
            last = Math.max(last, s.line());
            number = s.kind() == Kind.NUMBER ? s : number;
            date = s.kind() == Kind.DATE ? s : date;
        }
        if (first < 0) {
            Title t = Title.find(d, segs, -1);
            List<String> above = unitsAbove(d, t.line());
            return new Header(false, null, null, false, null, DateParts.BLANK, false, above.isEmpty() ? unitsBefore(segs, t) : above,
                    t.kindWord(), t.letter(), t.text(), t.line());
        }
        Title t = Title.find(d, segs, last);
        int end = t.line() >= 0 ? t.line() : last + 1;
        List<String> units = Units.of(segs, start(d, segs, first), end, t);
        Integer no = null;
        String symbol = null;
        if (number != null) {
            Matcher m = HeaderSegments.NUMBER.matcher(number.text());
            if (m.find()) {
                no = m.group(1) == null ? null : Integer.valueOf(m.group(1));
                symbol = symbol(m.group(3), d, number.line());
                String raw = d.raw.get(number.line());
                symbol = FieldShapes.withTail(symbol, number.text().substring(m.end()) + FieldShapes.cellAfter(segs, number, raw), raw); // session 16: "161/KH-BCĐ QCDC"; s25: "KH-THPTTX. PL"
            }
        }
        String place = null;
        DateParts parts = DateParts.BLANK;
        if (date != null) {
            Matcher m = HeaderSegments.DATE.matcher(date.text().matches("(?iu)^ngày\\b.*") ? ", " + date.text() : date.text());
            if (m.find()) {
                place = m.group(1) == null ? null : m.group(1).strip();
                parts = new DateParts(num(m.group(2)), num(m.group(3)), num(m.group(4)));
                if (parts.year() == null && parts.month() == null) {
                    parts = Title.dateAfter(d, date.line(), parts);
                }
            }
        }
        String title = t.text();
        Matcher lead = title == null ? null : LEAD_DATE.matcher(title);
        boolean leadDate = date == null && lead != null && lead.matches();
        if (leadDate) {
            parts = new DateParts(num(lead.group(1)), num(lead.group(2)), num(lead.group(3)));
            title = lead.group(4);
        }
        return new Header(true, no, symbol, number != null, place, parts, date != null || leadDate, units, t.kindWord(), t.letter(),
                title, t.line());
    }

    /** Without motto, number or date: the unit names in capitals stacked right above the kind line, at most three
     *  ("TRƯỜNG TIỂU HỌC KIM ĐỒNG" / "TỔ CHUYÊN MÔN KHỐI 5"), whatever page chrome stands above them; else none. */
    private static List<String> unitsAbove(TextLines d, int titleLine) {
        java.util.LinkedList<String> out = new java.util.LinkedList<>();
        for (int i = Math.min(titleLine, d.lines.size()) - 1; i >= 0; i--) {
            String l = d.lines.get(i);
            if (l.isEmpty() || l.matches("^(?:[-_=*|]+|[–—]{2,})$")) {
                continue;
            }
            if (!TextLines.isUpper(l) || !WordLists.startsUnit(l) || !Units.unitLike(l)) {
                break;
            }
            if (out.size() == 3) {
                return List.of();
            }
            out.addFirst(l);
        }
        return out;
    }

    /**
     * A document run onto one line: the unit names in capitals that open the line of the kind word (the superior body
     * first: "PHÒNG GD&ĐT HUYỆN X TRƯỜNG MẦM NON Y KẾ HOẠCH …", session 14b), else none.
     */
    private static List<String> unitsBefore(List<Seg> segs, Title t) {
        List<String> out = new ArrayList<>();
        for (Seg s : segs) {
            if (s.line() == t.line() && s.kind() == Kind.TEXT) {
                String x = s.text();
                if (!(TextLines.isUpper(x) && WordLists.startsUnit(x) && Units.unitLike(x) && WordLists.kindOf(x) == null)) {
                    return out;
                }
                out.add(x);
            }
        }
        return out;
    }

    /** The first line of the issuer column: unit-like lines right above the first anchor. */
    /** A letter's subject cell ("V/v …", "Về việc …") standing between its unit column and the motto in a flattened header. */
    private static final Pattern SUBJECT_CELL = Pattern.compile("(?iu)^(?:V/v|Về việc)(?![\\p{L}])");

    private static int start(TextLines d, List<Seg> segs, int first) {
        int start = first;
        int seen = 0;
        for (int i = first - 1; i >= 0 && seen < 8; i--) {
            String l = HeaderUnits.unlabelled(HeaderUnits.stopless(d.lines.get(i).replaceFirst("^Trang\\s*\\d{1,3}(?=\\p{Lu}{2})", ""))); // s19: "NGUYỄN THỊ ĐỊNH."; s20: "TỔ: …" above the date
            if (l.isEmpty() || l.matches("^(?:[-_=*|]+|[–—]{2,})$") || HeaderUnits.ornament(l)) { // s19: "oOo", "o0o" under a unit
                continue;
            }
            if (seen == 0 && start == first && SUBJECT_CELL.matcher(l).lookingAt()) {
                continue; // s24: a letter's "Về việc …" cell under its unit column, flattened above the motto
            }
            if (!Units.unitLike(l) && !(TextLines.isUpper(l) && !l.contains(" ")) || WordLists.kindOf(l) != null) {
                break;
            }
            start = i;
            seen++;
        }
        return start;
    }

    /** A symbol broken at a dash before the date cell ("BC-BCĐPCGD-" … "XMC") is joined again; spaces are removed. */
    private static String symbol(String raw, TextLines d, int line) {
        String s = raw.replaceAll("\\s+", "").replaceAll("[.;,]+$", "");
        if (s.endsWith("-")) {
            for (int i = line + 1; i < Math.min(d.lines.size(), line + 6); i++) {
                if (d.lines.get(i).matches("^[\\p{Lu}Đ&]{2,8}$")) {
                    return s + d.lines.get(i);
                }
            }
            return s.substring(0, s.length() - 1);
        }
        return s;
    }

    static Integer num(String s) {
        return s == null ? null : Integer.valueOf(s);
    }
}
