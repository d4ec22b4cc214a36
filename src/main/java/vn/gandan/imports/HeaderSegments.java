package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * The head of a document cut into cells: a line is split at column gaps (tabs, runs of spaces, "|") and around the
 * fixed pieces of the NĐ 30 / Party header (national motto, Party name, "Số: …", "Place, ngày …"), so a header
 * flattened onto one line, glued, or laid out one cell per line gives the same cells.
 */
final class HeaderSegments {

    enum Kind { MOTTO, PARTY, NUMBER, DATE, TEXT }

    /** One cell of the header: the line it starts on, its kind and text. */
    record Seg(int line, Kind kind, String text) {
    }

    static final int LIMIT = 80;
    private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    static final Pattern MOTTO = Pattern.compile("C[ỘO]NG\\s*H[OÒỒỊ][AÀ]?\\s*X[ÃAĂ]\\s*H[ỘOÔ]I\\s*CH[ỦU]\\s*NGH[ĨI]A\\s*VI[ỆE]T\\s*NAM", CI);
    static final Pattern MOTTO2 = Pattern.compile("Độc(?:\\s*l\\S*)?(?:\\s*[–\\-—]?\\s*Tự(?:\\s*do)?\\s*[–\\-—]?\\s*Hạnh\\s*phúc\\.?)?(?![\\p{L}])"
            + "|l[ậa]p\\s*[–\\-—]\\s*Tự\\s*do\\s*[–\\-—]\\s*Hạnh\\s*phúc\\.?", CI);
    static final Pattern PARTY = Pattern.compile("ĐẢNG\\s*CỘNG\\s*SẢN\\s*VI[ỆÊE]T\\s*NAM|ĐOÀN\\s*THANH\\s*NIÊN\\s*CỘNG\\s*SẢN\\s*HỒ\\s*CHÍ\\s*MINH|ĐỘI\\s*TNTP\\s*HỒ\\s*CHÍ\\s*MINH");
    /** The number line; session 19: a copy that lost its "ố" ("S: 2579/Q Đ-UBND", the symbol's letters split too) and a
     *  symbol written after "/-" ("Số: 01/-TH&THCSTT", kept as written); a symbol after the number without its slash, the
     *  line ending with it ("Số 02 KH - TV"); session 20: an en dash typed inside a symbol ("QĐ–TTg", "BC–MNTrX", Word's
     *  autoformat) joins its blocks as a hyphen does. */
    static final Pattern NUMBER = Pattern.compile("(?:(?<![\\p{L}\\d])|(?<=\\p{Lu})(?=Số\\s*:))(?:Số|SỐ|Soá|So|(?<!(?-i:\\p{Lu})\\s)(?-i:S)(?=\\s\\d{1,5}/(?-i:\\p{Lu})|:\\s?\\d{1,5}\\s*/\\s*(?-i:\\p{Lu}))|(?<=^(?:Nghị quyết|Quyết định|Nghị định|Thông tư|Chỉ thị|Pháp lệnh)\\s)số(?=\\s*:))\\s*:?\\s*(\\d+)?[\\s.…_]*([/\\-–]|(?<=\\d)\\s+(?=\\p{Lu}{2,}[\\p{Lu}Đ&]*/)|(?<=:\\s{0,3}\\d{1,5})\\s+(?=\\p{Lu}{2,}[\\p{Lu}Đ&]*\\s*$)|(?<=\\d)\\s+(?=\\p{Lu}{2,}[\\p{Lu}Đ&]*\\s*[-–]\\s*\\p{Lu}[\\p{Lu}Đ&.]*\\s*$))\\s*"
            + "((?:(?<=/)-)?(?:\\p{Lu}\\s(?=\\p{Lu}{1,3}[-/]))?[\\p{Lu}\\d][\\p{L}\\d&.]*(?:\\s*[/\\-]\\s*[\\p{L}\\d&.]+|–(?=\\p{Lu})[\\p{L}\\d&.]+|\\s*–\\s*[\\p{Lu}\\d&]{2,}(?![\\p{Ll}]))*-?)");
    /** The place and date cell; session 19: a spinner's "ngày thứ 7 tháng 08" is day 7 (gold convention, session 17 notes). */
    static final Pattern DATE = Pattern.compile("(?<![\\p{L}\\d/\\-])(?:(" + FieldShapes.NUMBERED_PLACE + "|(?:(?:TP|Tp|TX|X|TT)\\.\\s?)?\\p{Lu}\\p{Ll}*(?:-\\p{Lu}\\p{Ll}*)?(?:\\s+\\p{L}\\p{Ll}*(?:-\\p{Lu}\\p{Ll}*)?){0,4})\\s*)?,\\s*"
            + "ngày\\s*(?:thứ\\s*(?=\\d{1,2}\\s+th[aá]ng))?(\\d{1,2})?[\\s.…]*(?:th[aá]ng|/)\\s*(\\d{1,2})?[\\s.…]*(?:năm|/)\\s*(\\d{4})?", CI);
    /** A cell that is only the place and the date without the comma between them ("Phan Rang ngày 12 tháng 11 năm 2003"). */
    private static final Pattern BARE_DATE = Pattern.compile("^(\\p{Lu}\\p{Ll}*(?:[\\s-]\\p{Lu}\\p{Ll}*){0,3})\\s+(ngày\\s*\\d{1,2}\\s+tháng\\s*\\d{1,2}\\s+năm\\s*\\d{4})");
    /** The Đoàn's name in any case closing a unit's line (a right column glued on, a header lower-cased by a legacy font). */
    private static final Pattern PARTY_TAIL = Pattern.compile("(?<=\\S)\\s*ĐOÀN\\s*(?:THANH\\s*NIÊN\\s*CỘNG\\s*SẢN|TNCS)\\s*HỒ\\s*CHÍ\\s*MINH\\s*$", CI);
    /** The Đoàn's or the Party's name in the right column's top cell (the motto's place) glued before the place and date
     *  ("…-VPĐOÀN TNCS HỒ CHÍ MINH Hà Nội, ngày …"): its own cell, so neither the symbol nor the place runs into it. */
    private static final Pattern PARTY_BEFORE_DATE = Pattern.compile("\\s*(?:ĐOÀN\\s*(?:THANH\\s*NIÊN\\s*CỘNG\\s*SẢN|TNCS)\\s*HỒ\\s*CHÍ\\s*MINH|ĐẢNG\\s*CỘNG\\s*SẢN\\s*VIỆT\\s*NAM)"
            + "(?=\\s+\\p{Lu}\\p{Ll}+(?:[\\s.\\-]+\\p{L}+){0,4}\\s*,\\s*ngày)");
    private static final Pattern GAPS = Pattern.compile("\\t+|\\s*\\|\\s*|\\s{3,}");

    private HeaderSegments() {
    }

    static List<Seg> of(TextLines d) {
        List<Seg> out = new ArrayList<>();
        List<String[]> cells = cells(d);
        boolean formal = FieldShapes.formal(d);
        for (String[] c : cells) {
            int line = Integer.parseInt(c[0]);
            String text = FieldShapes.cell(c[1], formal).replaceAll("((?:Số|SỐ)(?:\\s*:)?)\\s+(?=[/\\-–.…_]|\\d)", "$1 ").replaceAll("(\\d)\\s{2,}([/\\-])", "$1 $2")
                    .replaceAll("(?i)(ngày)\\s{2,}", "$1 ").replaceAll("(?i)\\s{2,}(tháng|năm)\\b", " $1");
            for (String piece : GAPS.split(GluedCells.kindAfterSymbol(GluedIdentityCells.gapped(text)))) { // s22: "Số: /BCSK-THQLBÁO CÁO"
                cut(line, BARE_DATE.matcher(piece.strip()).replaceFirst("$1, $2"), out);
            }
        }
        return out;
    }

    /** Lines of the head; in a table flattened with "|" lines, the lines of one cell are joined where a word or name was broken. */
    private static List<String[]> cells(TextLines d) {
        int n = Math.min(d.raw.size(), LIMIT);
        int lastPipe = -1;
        for (int i = 0; i < n; i++) {
            lastPipe = d.raw.get(i).strip().equals("|") ? i : lastPipe;
        }
        List<String[]> out = new ArrayList<>();
        boolean dateOpen = false;
        int preview = preview(d, n);
        int symbolBelow = -1;
        for (int i = 0; i < n; i++) {
            String l = d.raw.get(i);
            String s = l.strip();
            if (i == preview || i == symbolBelow) {
                continue;
            }
            if (s.isEmpty() && dateOpen) {
                continue;
            }
            String prev = out.isEmpty() ? "" : out.get(out.size() - 1)[1].strip();
            boolean join = i < lastPipe && !prev.isEmpty() && !prev.matches("^(?:[-_=*]+|[–—]{2,})$") && !s.matches("^(?:[-_=*]+|[–—]{2,})$")
                    && !(TextLines.isUpper(s) && WordLists.startsUnit(s) && (!TextLines.isUpper(prev) || namedUnit(prev)))
                    || dateOpen && !prev.isEmpty();
            if (!s.isEmpty() && !s.equals("|") && join) {
                dateOpen = dateOpen && !s.matches("(?i).*năm.*");
                out.get(out.size() - 1)[1] = prev + " " + s;
                continue;
            }
            if (!s.isEmpty()) {
                dateOpen = s.matches("(?i).*,\\s*ngày[\\s.…\\d]*$") || FieldShapes.dateOpen(s)
                        || DateCells.placeOpen(s, d.raw, i, n); // s20: "Hà Nội," / "ngày 05 tháng 3 năm 2021"
            }
            int below = HeaderGaps.symbolBelow(d.raw, i, n); // s20: "Số:" / "/BC-TTN" on a line below
            symbolBelow = below < 0 ? symbolBelow : below;
            out.add(new String[] {String.valueOf(i), s.equals("|") ? "" : below < 0 ? l : s + " " + d.raw.get(below).strip()});
        }
        return out;
    }


    /** A site's preview of the page (its opening run onto one line and cut off with "[.]") above the page itself, which
     *  shows the national motto again: the line of the preview (its header would join the page's), else -1. */
    static int preview(TextLines d, int n) {
        for (int i = 0; i < n; i++) { // s20: also below a download page's chrome ("THÔNG TIN TÀI LIỆU" … "Nội dung"), not only on top
            String s = d.raw.get(i).strip();
            if (s.endsWith("[.]") && MOTTO.matcher(s).find()) {
                for (int j = i + 1; j < n; j++) {
                    if (MOTTO.matcher(d.raw.get(j)).find()) {
                        return i;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** A cell that already holds a whole unit name: a unit word and a named locality ("UBND TỈNH NINH THUẬN"), so a line
     *  starting another unit below it is the next unit of the column, not the rest of this one. */
    static boolean namedUnit(String cell) {
        return WordLists.startsUnit(cell) && Texts.fold(cell).matches(".*\\b(?:tinh|huyen|thanh pho|quan|thi xa|xa|phuong|thi tran)\\s+\\p{L}{2,}.*");
    }

    /** Splits a piece around every anchor (motto, Party name, number, place and date), left to right; a "Số …" after a list
     *  bullet ("• Số 198-HD/BTGTU 01/11/2024 …", a portal's list of its new documents) is a list entry, not the header's number. */
    private static void cut(int line, String s, List<Seg> out) {
        Matcher doan = PARTY_BEFORE_DATE.matcher(s);
        if (doan.find()) {
            cut(line, s.substring(0, doan.start()), out);
            add(out, line, Kind.PARTY, doan.group());
            cut(line, s.substring(doan.end()).strip(), out);
            return;
        }
        Matcher tail = PARTY_TAIL.matcher(s);
        if (tail.find() && tail.start() > 0 && WordLists.startsUnit(s.substring(0, tail.start()).strip())
                && !s.substring(0, tail.start()).strip().matches("(?iu).*(?:BAN CHẤP HÀNH|BCH|TRUNG ƯƠNG|THƯỜNG VỤ|BAN)$")) {
            cut(line, s.substring(0, tail.start()), out);
            add(out, line, Kind.PARTY, tail.group());
            return;
        }
        while (!s.isEmpty()) {
            s = DateCells.commaless(s); // s20: "… Hạnh phúc Hà Đông ngày 30 tháng 01 năm 2020", "Số: 144 /BC-MGLT Long Thượng ngày …"
            Matcher best = null;
            Kind kind = null;
            for (Kind k : List.of(Kind.MOTTO, Kind.PARTY, Kind.NUMBER, Kind.DATE)) {
                for (Pattern p : k == Kind.MOTTO ? List.of(MOTTO, MOTTO2) : List.of(pattern(k))) {
                    Matcher m = p.matcher(s);
                    if (m.find() && (best == null || m.start() < best.start())) {
                        best = m;
                        kind = k;
                    }
                }
            }
            if (best == null) {
                add(out, line, Kind.TEXT, s);
                return;
            }
            int start = best.start();
            if (kind == Kind.NUMBER && s.substring(0, start).strip().matches("[•·●◦▪+\\-]")) {
                add(out, line, Kind.TEXT, s);
                return;
            }
            if (kind == Kind.MOTTO && runningText(s.substring(0, start), best.group(), s.substring(best.end()))
                    || kind == Kind.DATE && (FieldShapes.dateInSentence(best.group(1), s.substring(best.end()))
                    || best.group(1) != null && CONNECTIVE.matcher(best.group(1).strip()).matches())) {
                // session 16: "… Quốc hội nước Cộng hoà …", "năm độc lập", "Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng vào …": running text
                add(out, line, Kind.TEXT, s);
                return;
            }
            if (kind == Kind.DATE && best.group(1) == null && !s.substring(0, start).matches("[\\s\\p{P}]*")) {
                add(out, line, Kind.TEXT, s);
                return;
            }
            if (kind == Kind.DATE && best.group(1) != null) {
                start = best.start(1) + placeTrim(best.group(1));
                String place = s.substring(start, best.end(1));
                // sentence text before ", ngày …" is no place: a place without any capital ("Do công việc đột xuất"), a
                // lower-case run the sentence goes on after, or a posting stamp's weekday ("Đăng vào Thứ bảy")
                if (inSentence(s.substring(0, start), s.substring(start))
                        || HeaderShapes.placeWithoutCapital(place)
                        || FieldCues.notAPlace(place, s.substring(best.end()))) {
                    add(out, line, Kind.TEXT, s);
                    return;
                }
            }
            add(out, line, Kind.TEXT, s.substring(0, start));
            add(out, line, kind, s.substring(start, best.end()));
            s = s.substring(best.end()).strip();
        }
    }

    /** Session 16: a sentence's connective where a date's place would stand ("Tuy nhiên, ngày 15 tháng 10 năm 2016 trùng …"). */
    private static final Pattern CONNECTIVE = Pattern.compile("(?:Tuy nhiên|Đồng thời|Trước đó|Sau đó|Hiện nay|Theo đó|Do đó|Vì vậy|Ngoài ra"
            + "|Như vậy|Riêng|Đặc biệt|Trong đó|Tiếp đó|Cũng)");

    /**
     * Motto words in running text: in lower case ("… nghìn năm độc lập …"), naming the State ("Quốc hội nước Cộng hoà …"), or
     * a bare "ĐỘC LẬP" inside a title ("… LỚP MẪU GIÁO VÀ NHÓM TRẺ ĐỘC LẬP CÓ NHIỀU KHÓ KHĂN …": words go on after it, or
     * three words stand before it in its cell).
     */
    private static boolean runningText(String before, String motto, String after) {
        boolean bare = MOTTO2.matcher(motto).matches() && !motto.matches("(?iu).*\\bTự\\b.*");
        return Character.isLowerCase(motto.codePointAt(0)) || before.matches("(?su).*\\b(?:nước|Nhà nước|nhà nước)\\s+$")
                || bare && (after.matches("(?s)^\\s*\\p{L}.*") || before.strip().split("\\s+").length >= 3);
    }

    /** "… trên địa bàn tỉnh, ngày 18/3/2021, Uỷ ban …": a place in lower case after a clause of running text is no date cell. */
    private static boolean inSentence(String before, String place) {
        return !place.isEmpty() && Character.isLowerCase(place.codePointAt(0)) && before.strip().split("\\s+").length >= 6;
    }

    private static Pattern pattern(Kind k) {
        return k == Kind.PARTY ? PARTY : k == Kind.NUMBER ? NUMBER : DATE;
    }

    /** Characters of a place candidate that belong to the text before it ("Chi Đoàn Giáo Viên Bình liêu" → "Bình liêu"). */
    static int placeTrim(String place) {
        String[] w = place.split("\\s+");
        int drop = 0;
        int cut = 0;
        int abbr = w.length > 0 && w[0].endsWith(".") ? 1 : 0;
        abbr += w.length > 3 && w[w.length - 1].matches("\\p{Lu}") ? 1 : 0; // s19: a commune's letter ("Mỹ An Hưng A") is no word of its own
        while (w.length - drop > 2 && !FieldShapes.wholePlace(w, drop) && (WordLists.isUnitWord(w[drop]) || w.length - drop - abbr > 3)) {
            cut += w[drop].length() + 1;
            drop++;
        }
        return cut;
    }

    private static void add(List<Seg> out, int line, Kind kind, String text) {
        String t = text.strip().replaceAll(kind == Kind.NUMBER ? "^[|]+|[|]+$" : "^[-_=*.,:;|]+\\s*|\\s*[-_=*|]+$", "").strip();
        if (kind == Kind.NUMBER) {
            t = t.replaceFirst("^số", "Số");
        }
        if (kind == Kind.TEXT) {
            t = GluedCells.split(line, t, out);
        }
        if (!t.isEmpty()) {
            out.add(new Seg(line, kind, t));
        }
    }
}
