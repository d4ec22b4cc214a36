package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.HeaderSegments.Kind;
import vn.gandan.imports.HeaderSegments.Seg;

/**
 * Header cells that arrive glued to something else: a page or list marker before the first unit ("Trang 1UỶ BAN …",
 * "1. UBND TỈNH …"), a unit glued or spaced after the one above it ("ĐẢNG BỘ XÃ …CHI BỘ TRƯỜNG …", "… TP HUẾ CĐCS …"),
 * and a whole document run onto one line ("TRƯỜNG THCS X KẾ HOẠCH … NĂM HỌC 2008 – 2009 Năm học …").
 */
final class GluedCells {

    private static final Pattern GLUED_UNIT = Pattern.compile("(?<=\\p{Lu}{2})(?=(?:" + UnitNames.LOWER_UNIT_HEADS + "|"
            + UnitNames.ORGAN_HEADS + ")\\s)|(?<=\\p{Lu}{2}\\s)(?=(?:" + UnitNames.SPACED_LOWER_HEADS + ")\\s)");
    private static final Pattern RUN_ON = Pattern.compile("^((?:\\p{Lu}+\\s+){2,6}?)((?:KẾ HOẠCH|BÁO CÁO|QUY CHẾ|CÔNG VĂN)\\s+[\\p{Lu}\\d\\s–\\-]{8,200}?)"
            + "(?=\\s\\p{Lu}\\p{Ll})(\\s.{40,})$");
    /** Session 14b: the same run whose title after the kind word is in mixed case ("TRƯỜNG THCS X KẾ HOẠCH Tổ chức … Căn cứ …"). */
    private static final Pattern RUN_ON_MIXED = Pattern.compile("^((?:[\\p{Lu}&.]+\\s+){2,16}?)((?:KẾ HOẠCH|BÁO CÁO|QUY CHẾ|THÔNG BÁO|HƯỚNG DẪN"
            + "|CHƯƠNG TRÌNH|TỜ TRÌNH)\\s+\\p{Lu}\\p{Ll}.{40,})$");

    private GluedCells() {
    }

    /**
     * Session 22: the number cell with the kind line glued onto its symbol, a copy having lost the line break between them ("Số:
     * /BCSK-THQLBÁO CÁO" / "SƠ KẾT HỌC KỲ I …"): the kind word starts inside the glued run of capitals, right after the
     * symbol's last letter or digit. Word lists only name kinds of two words, so a symbol's own letters never read as one.
     */
    private static final Pattern KIND_AFTER_SYMBOL = Pattern.compile("(?<![\\p{L}])((?:Số|SỐ)\\s*:?\\s*[\\d.…_\\s]*[/\\-–]\\s*[\\p{Lu}\\d&/\\-]*?[\\p{Lu}\\d])"
            + "((?:KẾ HOẠCH|BÁO CÁO|QUYẾT ĐỊNH|THÔNG BÁO|HƯỚNG DẪN|CHƯƠNG TRÌNH|TỜ TRÌNH|QUY CHẾ|QUY ĐỊNH|NGHỊ QUYẾT|CÔNG VĂN|KẾT LUẬN"
            + "|CHỈ THỊ|BIÊN BẢN)(?![\\p{L}]))");

    /** The line with a column gap put between a symbol and the kind line glued onto it; the line unchanged otherwise. */
    static String kindAfterSymbol(String line) {
        return KIND_AFTER_SYMBOL.matcher(line).replaceFirst("$1   $2");
    }

    /** Adds the cells found at the start of {@code t} to {@code out} and returns what is left of it. */
    static String split(int line, String text, List<Seg> out) {
        String t = text.replaceFirst("^Trang\\s*\\d{1,3}(?=\\p{Lu}{2})", "")
                .replaceFirst("^\\d{1,2}\\.\\s+(?=(?:UBND|[ỦU]Y BAN|BỘ|SỞ|PHÒNG|TRƯỜNG)\\s)", "");
        Matcher run = RUN_ON.matcher(t);
        if (run.matches() && WordLists.startsUnit(run.group(1))) {
            out.add(new Seg(line, Kind.TEXT, run.group(1).strip()));
            out.add(new Seg(line, Kind.TEXT, run.group(2).strip()));
            t = run.group(3);
        } else if (mixedRun(t)) {
            Matcher m = RUN_ON_MIXED.matcher(t);
            m.matches();
            out.add(new Seg(line, Kind.TEXT, spacedUnits(line, m.group(1).strip(), out)));
            out.add(new Seg(line, Kind.TEXT, m.group(2).strip()));
            return "";
        }
        Matcher g = GLUED_UNIT.matcher(t);
        if (TextLines.isUpper(t) && g.find() && t.substring(0, g.start()).strip().contains(" ")
                && WordLists.startsUnit(t) && WordLists.kindOf(t) == null) {
            out.add(new Seg(line, Kind.TEXT, t.substring(0, g.start()).strip()));
            t = t.substring(g.start());
        }
        return spacedUnits(line, t, out);
    }

    /** A unit in capitals, the kind word and a mixed-case title, with no motto or number left behind the kind word. */
    private static boolean mixedRun(String t) {
        Matcher m = RUN_ON_MIXED.matcher(t);
        return m.matches() && WordLists.startsUnit(m.group(1)) && WordLists.kindOf(m.group(1)) == null
                && !m.group(2).matches("(?su).*(?:CỘNG H[ÒO]A|Độc lập|ĐỘC LẬP|\\bSố\\s*:|\\bSỐ\\s*:).*");
    }

    private static final Pattern NEXT_UNIT = Pattern.compile("\\s(?=(?:" + UnitNames.NEXT_UNIT_HEADS + ")\\s)");
    private static final Pattern EDUCATION_OFFICE = Pattern.compile("^(?:PHÒNG|SỞ)\\s+(?:GD\\s*&\\s*ĐT|GD\\s*-\\s*ĐT|GDĐT|GIÁO DỤC VÀ ĐÀO TẠO|GIÁO DỤC - ĐÀO TẠO)"
            + "(?:\\s+(?:(?:TỈNH|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TP\\.?|TX\\.?)\\s*)?\\p{Lu}+(?:\\s+\\p{Lu}+){0,3}?)?$");

    /**
     * An issuer column flattened into one run of capitals with spaces only: a unit word (TRƯỜNG, PHÒNG, SỞ) after a
     * name that is already whole (an education office with or without its locality, or a unit word with a named
     * locality) starts the next unit ("PHÒNG GD&ĐT TP. THỦ DẦU MỘT TRƯỜNG MẦM NON …").
     */
    private static String spacedUnits(int line, String text, List<Seg> out) {
        String t = text;
        while (TextLines.isUpper(t) && WordLists.startsUnit(t) && WordLists.kindOf(t) == null) {
            Matcher m = NEXT_UNIT.matcher(t);
            int cut = -1;
            while (m.find()) {
                String before = t.substring(0, m.start()).strip();
                if (EDUCATION_OFFICE.matcher(before).matches() || HeaderSegments.namedUnit(before) && before.split("\\s+").length <= 6) {
                    cut = m.start();
                    break;
                }
            }
            if (cut < 0) {
                break;
            }
            out.add(new Seg(line, Kind.TEXT, t.substring(0, cut).strip()));
            t = t.substring(cut).strip();
        }
        return t;
    }
}
