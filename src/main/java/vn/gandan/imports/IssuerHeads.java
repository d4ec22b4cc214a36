package vn.gandan.imports;

import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 20: the issuing unit(s) of documents WITH a header block, shapes that recur across the tuning parts and their copy
 * variants (issue 13). Small hooks in {@link FieldShapes}, {@link Units}, {@link IssuerShapes}, {@link FullestForm} and
 * {@link Issuers} call in here; each rule refuses (leaves the reading unchanged) when its shape is not all there.
 */
final class IssuerHeads {

    private IssuerHeads() {
    }

    /**
     * The first line of the motto's cluster below a page's metadata rows: the motto's own line, or the header's number cell a
     * few lines above it ("Số: 218 /BC-UBND" two lines over "CỘNG HÒA …", a portal's "Số kí hiệu Số: 218 /BC-UBND" row above
     * both), so that neither the number nor the issuer column above it is cut off. {@code at} indexes the motto's segment;
     * {@code first} is the line of the page's first anchor (never part of the cluster).
     */
    static int clusterTop(List<HeaderSegments.Seg> segs, int at, int first) {
        int line = segs.get(at).line();
        int top = line;
        for (int k = at - 1; k >= 0; k--) {
            HeaderSegments.Seg s = segs.get(k);
            if (s.line() < line - 4 || s.line() <= first) {
                break;
            }
            if (s.kind() == HeaderSegments.Kind.NUMBER) {
                top = s.line();
            }
        }
        return top;
    }

    /** An outline heading in capitals ("I. MỤC ĐÍCH YÊU CẦU", "A. NHIỆM VỤ CHUNG", "1. …"): never a unit line nor part of one. */
    private static final Pattern HEADING = Pattern.compile("^(?:[IVXL]{1,5}|[A-ZĐ]|\\d{1,2})\\s*[.)]\\s+\\p{Lu}.*");

    /** Whether a header cell is an outline heading of the body run into the column (a header flattened onto one line). */
    static boolean heading(String cell) {
        String c = Texts.clean(cell);
        return HEADING.matcher(c).matches() && TextLines.isUpper(c);
    }

    /** A column gap of a flattened header (tab, " | ", three spaces) or the motto's start: a cell ends there. */
    private static final Pattern CELL_END = Pattern.compile("\\t|\\s\\|\\s?|\\s{3,}");

    /**
     * The cells of a head line, the header's columns flattened onto it ("UỶ BAN NHÂN DÂN -\tCỘNG HÒA …"): the text before every
     * column gap and before the motto, each stripped.
     */
    static List<String> cells(String line) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (String part : CELL_END.split(line)) {
            java.util.regex.Matcher motto = HeaderSegments.MOTTO.matcher(part);
            String p = motto.find() ? part.substring(0, motto.start()) : part;
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** Whether a cell of the line ({@link #cells}) is the unit {@code key} (folded) closed by a dash: its joint partner follows. */
    static boolean dashCell(String key, String line) {
        for (String c : cells(line)) {
            String x = Texts.clean(c);
            if (x.matches(".*\\S\\s+[-–]$") && Texts.fold(x.replaceFirst("\\s*[-–]$", "")).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** A base clause's opening words (folded), a list dash allowed before them. */
    private static final Pattern BASE_OPENS = Pattern.compile("^[\\s\\-–•+*]*(?:can cu|thuc hien|theo|xet|tren co so)(?![\\p{L}]).*", Pattern.DOTALL);

    /**
     * Whether the name at {@code start} of the folded head opens the sentence the bases lead into, the document's own subject
     * ("Căn cứ công văn số … của Sở GD&amp;ĐT về …,\nTrường Tiểu học X đã tiến hành …"): right after the comma that closes a
     * clause opened by "Căn cứ", "Thực hiện", "Theo", "Xét" or "Trên cơ sở", whatever its verb.
     */
    static boolean closesBases(String folded, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(folded.charAt(i))) {
            i--;
        }
        if (i < 0 || folded.charAt(i) != ',') {
            return false;
        }
        int from = Math.max(0, i - 700);
        for (int k = i - 1; k >= from; k--) {
            char c = folded.charAt(k);
            if (c == ';' || c == ':' || c == '.' && Character.isWhitespace(folded.charAt(k + 1))) {
                return BASE_OPENS.matcher(folded.substring(k + 1, i)).matches(); // the clause after the last one's end
            }
            if (c == '\n' && BASE_OPENS.matcher(folded.substring(k + 1, i)).matches()) {
                return true; // a line opening the clause
            }
            if (k == 0) {
                return BASE_OPENS.matcher(folded.substring(0, i)).matches();
            }
        }
        return false;
    }

    /**
     * The enacting line of a body that enacts as a whole, its name alone on a line in capitals right above the bases ("ỦY BAN NHÂN
     * DÂN TỈNH QUẢNG BÌNH" / "Căn cứ Luật …"): nothing before the name on its line and the next line opens a base.
     * {@code rest} is the folded text after the name (with its locality).
     */
    static boolean organAlone(String before, String text, int start, String rest) {
        if (!before.isBlank()) {
            return false;
        }
        int end = text.indexOf('\n', start);
        if (end < 0 || !TextLines.isUpper(text.substring(start, end).strip())) {
            return false;
        }
        java.util.regex.Matcher next = NEXT_LINE.matcher(rest);
        return next.lookingAt() && BASE_OPENS.matcher(next.group(1)).matches() && next.group(1).strip().startsWith("can cu");
    }

    /** The rest of a name's line, then the next line that is not blank (folded). */
    private static final Pattern NEXT_LINE = Pattern.compile("[^\\n]*\\n(?:[ \\t]*\\n)*([^\\n]*)");

    /** A school's name, then one of its own sub-units or boards on the same line (a column joined onto one line). */
    private static final Pattern SCHOOL_THEN_SUB_UNIT = Pattern.compile("^(TRƯỜNG(?:\\s+\\S+){2,8}?)\\s+((?:TỔ\\s*:?|(?:PHÒNG\\s+)?THƯ VIỆN|BAN (?:ĐẠI DIỆN|CHỈ ĐẠO"
            + "|THANH TRA|NỮ CÔNG|CHẤP HÀNH|THƯỜNG VỤ)|NHÓM|BỘ PHẬN)(?:\\s+\\S+)*)$");

    /**
     * A school's name and one of its sub-units on one line in capitals ("TRƯỜNG TH LƯƠNG YÊN PHÒNG THƯ VIỆN", "TRƯỜNG THCS X TỔ: KHOA
     * HỌC TỰ NHIÊN", "TRƯỜNG MẦM NON X BAN ĐẠI DIỆN CMHS"): the school above, the sub-unit (label read) issuing; null otherwise. A
     * "TỔ" or "NHÓM" needs a word after it, and the school keeps at least two words of its own.
     */
    static UnitNames.Split schoolThenSubUnit(String name) {
        java.util.regex.Matcher m = SCHOOL_THEN_SUB_UNIT.matcher(Texts.clean(name));
        if (!m.matches()) {
            return null;
        }
        String unit = HeaderUnits.unlabelled(m.group(2).strip()).replaceAll("\\s+", " ");
        if (unit.matches("(?:TỔ|NHÓM|BỘ PHẬN)\\s*:?")) {
            return null;
        }
        return new UnitNames.Split(m.group(1).strip(), unit);
    }

    /** A dash before a body's head word parts a joint line; a dash inside a name ("LAO ĐỘNG - THƯƠNG BINH") does not. */
    private static final Pattern JOINT_DASH = Pattern.compile("\\s+[-–]\\s+(?=(?:" + UnitNames.UPPER_HEADS + "|" + Issuers.UNIT_START.pattern() + ")\\s)");

    /** The parts of a joint header line, parted by a dash before a body's head word. */
    static String[] jointParts(String line) {
        return JOINT_DASH.split(line);
    }

    /**
     * The header's one joint line of bodies sharing a locality ("UỶ BAN NHÂN DÂN - LIÊN ĐOÀN LAO ĐỘNG TỈNH BẾN TRE") read over the
     * opening sentence's subjects that named as many bodies in short ("Uỷ ban nhân dân tỉnh và Ban Thường vụ Liên đoàn …"): the
     * header names the issuers; only when the column is that one line and the symbol names as many bodies.
     */
    static boolean bodyReadOverJointLine(List<String> issuers, List<String> units, int bodies) {
        return units.size() == 1 && issuers.size() == bodies && jointParts(Texts.clean(units.get(0))).length == bodies;
    }
}
