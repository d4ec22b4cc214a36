package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import vn.gandan.imports.HeaderSegments.Kind;
import vn.gandan.imports.HeaderSegments.Seg;
import vn.gandan.shared.Texts;

/**
 * The unit lines of the issuer column, top to bottom: a line that does not start a unit name (or starts with a
 * locality, "TỈNH …") continues the one above, so "BAN CHỈ ĐẠO QUY CHẾ DÂN CHỦ" + "CƠ SỞ …" + "QUẦN CHÚNG" is one name.
 */
final class Units {

    private Units() {
    }

    static List<String> of(List<Seg> segs, int start, int end, Title t) {
        List<String> out = new ArrayList<>();
        int lastLine = -2;
        Seg prev = null;
        String head = null;
        int headLine = -2;
        for (Seg s : segs) {
            Seg before = prev;
            prev = s;
            if (s.line() < start || s.line() >= end && end > start || s.kind() != Kind.TEXT) {
                continue;
            }
            if (HeaderUnits.symbolTail(before, s)) {
                continue; // s19: "Số: 87 /QĐ – DTNT THCS": the symbol's last word, not the column's
            }
            String x = HeaderUnits.cell(s.text()); // s19: "TỔ: …" a sub-unit; "Trang 1Trường …", "NGUYỄN THỊ ĐỊNH." unit lines
            if (head != null && s.line() == headLine + 1 && WordLists.startsUnit(head + " " + x)) {
                x = head + " " + x; // s19: a name's first word alone on the line above ("VĂN" / "PHÒNG CHÍNH PHỦ")
            }
            head = null;
            if ((out.isEmpty() || s.line() != lastLine + 1) && HeaderUnits.firstWordAlone(x)) {
                head = x;
                headLine = s.line();
                continue;
            }
            if (!out.isEmpty() && s.line() == lastLine + 1 && brokenWord(x)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + x);
                lastLine = s.line();
                continue;
            }
            if (s.line() == lastLine && x.matches("ĐOÀN\\s*TNCS\\s*HỒ\\s*CHÍ\\s*MINH")) {
                continue;
            }
            if (x.matches("(?i)^V/v\\b.*") || WordLists.startsTitle(x) || WordLists.kindOf(x) != null && TextLines.isUpper(x)
                    || t.text() != null && x.equals(t.text()) || !unitLike(x)) {
                continue;
            }
            if (!out.isEmpty() && out.get(out.size() - 1).equals(x)) {
                continue;
            }
            lastLine = s.line();
            if (!out.isEmpty() && continues(out.get(out.size() - 1), x)) {
                out.set(out.size() - 1, out.get(out.size() - 1) + " " + x);
            } else {
                out.add(x);
            }
        }
        return out;
    }

    /** A line that can be (part of) a unit name: starts like one, or a short line in capitals of at least two words; a "label: number" line 
     *  ("VIEWS: 10 PAGES: 1", "Số lượt tải: 27") is a page's metadata, never a unit. */
    static boolean unitLike(String l) {
        if (l.length() > 90 && !HeaderUnits.jointLine(l) || l.matches(".*[.;:]$") || l.contains(" ngày ") || l.matches(".*\\p{L}\\s*:\\s*\\d.*")
                || l.matches("^[\\p{L} ]{2,30}:\\s*\\S.*") || l.matches("^Số\\s+\\p{Ll}.*") // s18: "Số hiệu" folds like "Sở": a label, no unit
                || l.matches("^(?:Số|SỐ)\\s*\\d.*") // s21: a number cell without colon or slash ("Số 10 KHLĐ") is no "Sở"
                || l.matches("(?iu)^\\(?\\s*dự\\s*thảo\\s*\\)?$")) { // s20: a draft's stamp "DỰ THẢO" in the column
            return false;
        }
        return WordLists.startsUnit(l) || TextLines.isUpper(l) && l.strip().contains(" ");
    }

    /** The last word of a unit name wrapped onto its own line ("PHÒNG GIÁO DỤC VÀ ĐÀO" / "TẠO"). */
    private static boolean brokenWord(String x) {
        return x.matches("\\p{Lu}{2,10}") && WordLists.kindOf(x) == null && !WordLists.startsUnit(x);
    }

    private static boolean continues(String prev, String x) {
        return prev.matches(".*(?:–|-|VÀ|và|PHÒNG|BAN|SỞ)$") || HeaderIssuers.boardAlone(prev) || WordLists.isLocality(x) && !Texts.fold(x).matches("^(?:tinh|huyen|thanh|thi|quan) uy\\b.*")
                || !WordLists.startsUnit(x) && !HeaderIssuers.subUnitLine(x); // s21: "THANH TRA" under its ministry opens a unit
    }

    /** "BAN CHẤP HÀNH TRUNG ƯƠNG" over "ĐOÀN TNCS HỒ CHÍ MINH", in whatever order the two cells were flattened: one body. */
    static List<String> centralCommittee(List<String> header) {
        if (header.size() == 2 && header.get(0).matches("BAN (?:CHẤP HÀNH|BÍ THƯ|THƯỜNG VỤ) TRUNG ƯƠNG")
                && header.get(1).matches("ĐOÀN\\s*(?:TNCS|THANH NIÊN CỘNG SẢN)\\s*HỒ\\s*CHÍ\\s*MINH")) {
            return List.of(header.get(0) + " " + header.get(1));
        }
        if (header.size() == 2 && header.get(1).matches(CENTRAL_ORGAN) && WordLists.startsUnit(header.get(0))
                && !header.get(0).matches(CENTRAL_ORGAN)) {
            return List.of(header.get(1) + " " + header.get(0));
        }
        return header;
    }

    /** A central organ named without its organisation ("Uỷ ban Trung ương" under "Hội Liên hiệp Thanh niên Việt Nam"). */
    private static final String CENTRAL_ORGAN = "(?iu)(?:BAN (?:CHẤP HÀNH|BÍ THƯ|THƯỜNG VỤ)|[ỦU]Y BAN|U[ỶY] BAN|HỘI ĐỒNG) TRUNG ƯƠNG";
}
