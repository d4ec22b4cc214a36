package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 19: the issuing unit's segmentation in a header block, between the header step's unit lines ({@link Units}) and the
 * choice of issuer and superior ({@link Issuers}):
 * <ul>
 * <li>a sub-unit's line written as a label ("TỔ: KHOA HỌC TỰ NHIÊN") is the sub-unit's name, not a page's "label: value";</li>
 * <li>ornaments under a unit ("o0o", "***") and a page counter glued before it ("(1)UBND …") are no part of its name;</li>
 * <li>a line above the column that the grammar of a body's name refuses (a portal's post title "TỔ CHỨC NGÀY SÁCH …") is no
 * superior body;</li>
 * <li>in a column of three levels (Phòng / Trường / Tổ), the issuer's superior is the line directly above it, not the top.</li>
 * </ul>
 */
final class HeaderUnits {

    /** The sub-units of a school or an office that a header may write as a label with a colon. */
    /** Per-line and per-word tests, compiled once (session 19 review). */
    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final Pattern ASCII_WORD = Pattern.compile("[A-Za-z]+");
    private static final Pattern HAS_LETTER = Pattern.compile("(?s).*\\p{L}.*");
    private static final Pattern SO_OPENS = Pattern.compile("^S[ƠỐ]\\s.*");
    private static final Pattern BASIS_OPENS = Pattern.compile("(?iu)^(?:Căn cứ|Xét)\\b.*");
    private static final Pattern LABELLED = Pattern.compile("^((?:TỔ|Tổ)(?:\\s+CHUYÊN\\s+MÔN|\\s+chuyên\\s+môn)?|BỘ PHẬN|Bộ phận|NHÓM|Nhóm|TRƯỜNG|Trường"
            + "|CHI BỘ|Chi bộ|CHI ĐOÀN|Chi đoàn|LIÊN ĐỘI|Liên đội|(?:ĐƠN VỊ|Đơn vị|CƠ QUAN|Cơ quan)(?=\\s*:\\s*\\p{Lu}\\p{L}*\\s))\\s*:\\s*(\\p{Lu}.*)$");
    /** The labels whose value alone is the unit's name ("ĐƠN VỊ: TRƯỜNG MẦM NON X"). */
    private static final Pattern VALUE_ONLY = Pattern.compile("(?iu)^(?:ĐƠN VỊ|CƠ QUAN)$");
    /** Ornaments a header writes under a unit ("o0o", "-oOo-", "***"), glued to its line when the column was flattened. */
    private static final Pattern ORNAMENT = Pattern.compile("(?:\\s+|^)[-–.~*_]*\\s*(?:[oO0]{3}|\\*{3,})\\s*[-–.~*_]*$");
    /** A page counter of a document-sharing site glued before the first header line ("(1)UBND HUYỆN …"). */
    private static final Pattern PAGE_COUNTER = Pattern.compile("^\\(\\d{1,3}\\)\\s*(?=\\p{Lu})");

    private HeaderUnits() {
    }

    /** A page marker glued before the first header cell ("Trang 1Trường THCS …", "(1)UBND …"). */
    private static final Pattern PAGE_MARKER = Pattern.compile("^(?:Trang\\s*\\d{1,3}|\\(\\d{1,3}\\))\\s*(?=\\p{Lu})");
    /** The number's line run into a unit's cell ("… NGUYỄN THỊ ĐỊNH. Số 02 KH - TV"); a school's own "SỐ 2" stays. */
    private static final Pattern NUMBER_RUN = Pattern.compile("(?<=\\p{Lu}{2}\\.?)\\s+Số\\s*:?\\s*\\d{1,5}\\s*(?:[/\\-–]|\\p{Lu}{2,}).*$");
    /** A name in capitals closed by a full stop ("NGUYỄN THỊ ĐỊNH.", the second line of a school's name). */
    private static final Pattern CAPITALS_STOP = Pattern.compile("^([^.;:]{3,60}?\\p{Lu})\\s*\\.$");

    /**
     * A header cell as a unit line: a page marker glued before a body's name and a full stop closing a name in capitals dropped
     * ("Trang 1Trường THCS X", "NGUYỄN THỊ ĐỊNH."), a sub-unit's label read ({@link #unlabelled}); any other cell unchanged.
     */
    static String cell(String cell) {
        if (cell == null) {
            return null;
        }
        String c = cell.strip();
        String unmarked = PAGE_MARKER.matcher(c).replaceFirst("");
        c = !unmarked.equals(c) && WordLists.startsUnit(unmarked) ? unmarked : c;
        c = NUMBER_RUN.matcher(c).replaceFirst(""); // a table cell that ran the column's number into the name
        c = stopless(c);
        return unlabelled(c.equals(cell.strip()) ? cell : c);
    }

    /** A symbol's last word left as a cell of its own right after the number on its line ("Số: 87 /QĐ – DTNT" "THCS", "Số 04/KH-THPTTX." "PL"). */
    static boolean symbolTail(HeaderSegments.Seg number, HeaderSegments.Seg cell) {
        return number != null && number.kind() == HeaderSegments.Kind.NUMBER && number.line() == cell.line()
                && cell.text().strip().matches("[\\p{Lu}Đ&]{2,8}") && number.text().matches(".*[/\\-–]\\s*[\\p{Lu}Đ&]{2,10}\\.?\\s*$"); // s25: "KH-THPTTX." "PL"
    }

    private static final Pattern DEBRIS = Pattern.compile("^[•·●◦▪*+]\\s*|\\s*<[^<>]{1,20}>\\s*|\\s*[—–\\-_=~]{2,}$|\\s*\\(\\p{Lu}[\\p{Lu}Đ&]{1,10}\\)$");
    private static final Pattern PERIOD_WORDS = Pattern.compile("\\s+(?:GIAI ĐOẠN|NĂM HỌC|NHIỆM KỲ)$");

    /**
     * Debris around a chosen name dropped, whatever step chose it: a list bullet before it, a tag, a rule of dashes after it, its
     * abbreviation in brackets, a period word left of a title in capitals ("• BỘ …", "HỘI KHUYẾN HỌC <sub>", "THỦ TƯỚNG CHÍNH
     * PHỦ ——", "… (BCĐ)", "TRƯỜNG MẦM NON X GIAI ĐOẠN").
     */
    static IssuerSignals.Decision tidy(IssuerSignals.Decision who) {
        List<String> issuers = who.issuers().stream().map(HeaderUnits::tidy).filter(x -> !x.isBlank()).toList();
        String parent = who.parent() == null ? null : tidy(who.parent());
        parent = parent != null && parent.isBlank() ? null : parent;
        return issuers.equals(who.issuers()) && java.util.Objects.equals(parent, who.parent()) ? who
                : new IssuerSignals.Decision(issuers, parent, who.confidence());
    }

    static String tidy(String name) {
        String t = DEBRIS.matcher(name).replaceAll(" ").strip();
        t = TextLines.isUpper(t) ? PERIOD_WORDS.matcher(t).replaceFirst("") : t;
        return t.replaceAll("\\s{2,}", " ").equals(name.replaceAll("\\s{2,}", " ").strip()) ? name : t.replaceAll("\\s{2,}", " ");
    }

    /**
     * A header name whose copy lost every diacritic ("BO GIAO DUC VA DAO TAO") is written as the text writes the same words
     * elsewhere with them ("Bộ Giáo dục và Đào tạo"), in the header's case; unchanged when the text never does.
     */
    static IssuerSignals.Decision accented(IssuerSignals.Decision who, TextLines d) {
        if (who.issuers().size() != 1 || !who.issuers().get(0).matches("[A-Za-z&\\- ]{6,80}")) {
            return who;
        }
        String name = who.issuers().get(0);
        String[] want = Texts.fold(name).split("\\s+");
        CharSequence text = d.joined;
        java.util.regex.Matcher w = WORD.matcher(text.subSequence(0, Math.min(text.length(), 30000)));
        List<int[]> words = new ArrayList<>();
        while (w.find()) {
            words.add(new int[] {w.start(), w.end()});
        }
        for (int i = 0; i + want.length <= words.size(); i++) {
            boolean same = true;
            boolean marked = false;
            for (int k = 0; k < want.length && same; k++) {
                String t = text.subSequence(words.get(i + k)[0], words.get(i + k)[1]).toString();
                same = Texts.fold(t).equals(want[k]);
                marked |= !ASCII_WORD.matcher(t).matches();
            }
            if (same && marked) {
                String found = text.subSequence(words.get(i)[0], words.get(i + want.length - 1)[1]).toString().replaceAll("\\s+", " ");
                String cased = TextLines.isUpper(name) ? found.toUpperCase(java.util.Locale.ROOT) : found;
                return new IssuerSignals.Decision(List.of(cased), who.parent(), who.confidence());
            }
        }
        return who;
    }

    /** A line that is only an ornament under a unit ("oOo", "---o0o---", "oo", "***"). */
    static boolean ornament(String line) {
        return line.strip().matches("[-–.~*_\\s]*(?:[oO0]{2,3}|\\*{3,})[-–.~*_\\s]*");
    }

    /** One word in capitals alone on its line, no kind word: a cell broken word by word ("VĂN" / "PHÒNG CHÍNH PHỦ"). */
    static boolean firstWordAlone(String cell) {
        String c = cell.strip();
        return c.matches("\\p{Lu}{2,5}") && WordLists.kindOf(c) == null;
    }

    /** A name in capitals without the full stop that closes it; any other line unchanged. */
    static String stopless(String line) {
        java.util.regex.Matcher m = CAPITALS_STOP.matcher(line.strip());
        return m.matches() && TextLines.isUpper(m.group(1)) ? m.group(1) : line;
    }

    /** "TỔ: KHOA HỌC TỰ NHIÊN" → "TỔ KHOA HỌC TỰ NHIÊN"; any other cell unchanged. */
    static String unlabelled(String cell) {
        if (cell == null) {
            return null;
        }
        java.util.regex.Matcher m = LABELLED.matcher(cell.strip());
        if (!m.matches()) {
            return cell;
        }
        String value = m.group(2).strip();
        return VALUE_ONLY.matcher(m.group(1)).matches() ? (WordLists.startsUnit(value) ? value : cell) : m.group(1) + " " + value;
    }

    /**
     * A joint header's one line of bodies parted by dashes, however long ("ỦY BAN TRUNG ƯƠNG MTTQ VIỆT NAM - TỔNG LIÊN ĐOÀN LAO
     * ĐỘNG VIỆT NAM - HỘI NÔNG DÂN VIỆT NAM - …"): every part in capitals and a body's name.
     */
    static boolean jointLine(String line) {
        String l = Texts.clean(line);
        if (l.length() > 300 || !TextLines.isUpper(l)) {
            return false;
        }
        String[] parts = l.split("\\s+[-–]\\s+");
        return parts.length >= 2 && java.util.Arrays.stream(parts).allMatch(p -> WordLists.startsUnit(p) && UnitNames.wellFormed(p));
    }

    /**
     * A unit's name in mixed case standing alone under the header's anchors, before the kind line ("Liên đội trường TH Quảng
     * Thạch" / "Kế hoạch"): a body's head word, a name the grammar keeps whole, no sentence.
     */
    static boolean unitLineInMixedCase(String line) {
        String l = Texts.clean(line);
        return !TextLines.isUpper(l) && l.length() <= 60 && WordLists.startsUnit(l) && Units.unitLike(l) && UnitNames.wellFormed(l)
                && l.equals(UnitNames.clip(l));
    }

    /**
     * Without motto, number or date, and beyond the first lines a page's chrome filled: the unit names in capitals stacked right
     * above the first kind line in capitals among the first forty lines ("CÔNG ĐOÀN" / "CĐ PHÒNG GIÁO DỤC X" / "CĐ TRƯỜNG THCS Y" /
     * "BÁO CÁO"), at most three; else none.
     */
    static List<String> stackAboveKind(TextLines d) {
        for (int i = 0; i < Math.min(d.lines.size(), 40); i++) {
            String l = d.lines.get(i);
            if (!TextLines.isUpper(l) || WordLists.kindOf(l) == null || l.length() > 40) {
                continue;
            }
            java.util.LinkedList<String> out = new java.util.LinkedList<>();
            for (int j = i - 1; j >= 0; j--) {
                String u = d.lines.get(j).strip();
                if (!HAS_LETTER.matcher(u).matches()) {
                    continue; // blank (a no-break space too) or a rule line
                }
                if (!TextLines.isUpper(u) || !WordLists.startsUnit(u) || !Units.unitLike(u) || WordLists.kindOf(u) != null
                        || SO_OPENS.matcher(u).matches()) { // "SƠ KẾT …" folds like "SỞ …"
                    break;
                }
                out.addFirst(u);
            }
            return out.size() >= 2 && out.size() <= 3 ? out : List.of();
        }
        return List.of();
    }

    /** The header's unit lines, top first, cleaned and reduced to the issuer and the body directly above it. */
    static List<String> of(List<String> units) {
        List<String> out = new ArrayList<>();
        for (String u : units) {
            String c = PAGE_COUNTER.matcher(u.strip()).replaceFirst("");
            c = ORNAMENT.matcher(c).replaceFirst("").strip();
            c = c.replaceFirst("(?<=\\p{L})\\s*\\.$", "");
            if (!c.isEmpty()) {
                out.add(c);
            }
        }
        while (out.size() >= 2 && UnitNames.clip(out.get(0)) == null && UnitNames.clip(out.get(1)) != null) {
            out.remove(0); // a post title above the column ("TỔ CHỨC NGÀY SÁCH …") is no body
        }
        int n = out.size();
        if (n >= 3 && threeLevels(out)) {
            return List.of(out.get(n - 2), out.get(n - 1));
        }
        return out;
    }

    /** The enacting line of a decision: an office holder's title and the organ's whole name in capitals ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"). */
    private static final Pattern ENACTING = Pattern.compile("^(?:(?:CHỦ TỊCH|GIÁM ĐỐC|HIỆU TRƯỞNG|TRƯỞNG BAN|TRƯỞNG PHÒNG|CHÁNH VĂN PHÒNG)\\s+)?"
            + "((?:[ỦU][ỶY] BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|SỞ|PHÒNG|TRƯỜNG|BAN)(?:\\s+[^,;:()\\p{Ll}\\d]{1,80}?)?\\s+(?:TỈNH|THÀNH PHỐ|HUYỆN|QUẬN|THỊ XÃ|XÃ|PHƯỜNG|THỊ TRẤN)\\s+\\p{Lu}[^,;:()\\p{Ll}\\d]{1,40})$");

    /**
     * A header whose issuer line the text garbled (a library's chrome glued before it, letters with diacritics lost: "THƯ VIỆN
     * PHÁP LUẬT Y BAN NHÂN DÂN" / "NH BÌNH PHƯỚC") is read again from the decision's enacting line below its title ("CHỦ TỊCH ỦY
     * BAN NHÂN DÂN TỈNH BÌNH PHƯỚC"): only when the header's name does not open with a body's head word, every word of the
     * enacting organ's locality stands in it, and it holds most of the organ's words. Otherwise the decision is unchanged.
     */
    static IssuerSignals.Decision garbled(IssuerSignals.Decision who, TextLines d) {
        if (who.issuers().size() != 1 || WordLists.startsUnit(who.issuers().get(0))) {
            return who;
        }
        String header = " " + Texts.fold(who.issuers().get(0)) + " ";
        for (int i = 0; i < Math.min(d.lines.size(), 60); i++) {
            String l = Texts.clean(d.lines.get(i));
            java.util.regex.Matcher m = ENACTING.matcher(l);
            if (BASIS_OPENS.matcher(l).matches()) {
                return who;
            }
            if (!m.matches() || !TextLines.isUpper(l)) {
                continue;
            }
            String organ = m.group(1).strip();
            String[] words = Texts.fold(organ).split("\\s+");
            String place = Texts.fold(organ).replaceFirst("^.*?\\b(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\\s+", "");
            long inHeader = java.util.Arrays.stream(words).filter(w -> header.contains(" " + w + " ")).count();
            boolean placeIn = java.util.Arrays.stream(place.split("\\s+")).allMatch(w -> header.contains(" " + w + " "));
            return placeIn && inHeader * 3 >= words.length * 2 ? new IssuerSignals.Decision(List.of(organ), who.parent(), who.confidence()) : who;
        }
        return who;
    }

    /** A committee or a sub-unit that a header writes under its organisation or school without naming it again. */
    private static final Pattern UNDER = Pattern.compile("(?iu)^(?:PHÒNG\\s+)?(BAN THƯỜNG VỤ|BAN CHẤP HÀNH|BAN THƯỜNG TRỰC|BCH|BTV|THƯ VIỆN|TỔ\\s+\\S.*|BAN CHỈ ĐẠO.*|NHÓM\\s+\\S.*|BỘ PHẬN\\s+\\S.*)$");

    /**
     * A committee or a sub-unit under its organisation's or school's line ("HỘI LIÊN HIỆP PHỤ NỮ HÀ NỘI" / "BAN THƯỜNG VỤ";
     * "TRƯỜNG TH LƯƠNG YÊN" / "PHÒNG THƯ VIỆN") in the fuller form the text gives it, the body's own name with its superior's
     * ("Ban Thường vụ Hội LHPN Hà Nội", "Thư viện trường Tiểu học Lương Yên"): the words after the unit's own name must be the
     * superior's name, word for word or by its initials (LHPN, TH). Otherwise the decision is unchanged.
     */
    static IssuerSignals.Decision underItsSuperior(IssuerSignals.Decision who, TextLines d) {
        if (who.issuers().size() != 1 || who.parent() == null) {
            return who;
        }
        java.util.regex.Matcher u = UNDER.matcher(Texts.clean(who.issuers().get(0)));
        if (!u.matches()) {
            return who;
        }
        String own = u.group(1).strip();
        List<String> superior = words(who.parent());
        Pattern mention = Pattern.compile("(?iu)(?<![\\p{L}])(" + Pattern.quote(own).replace(" ", "\\E\\s+\\Q") + ")[^\\S\\n]+(?:của[^\\S\\n]+)?((?:\\p{L}[\\p{L}&.]*[^\\S\\n]*){1,9})"); // s24: within one paragraph (a page title ending on the sub-unit is not its name with the header's next line)
        CharSequence text = d.joined;
        java.util.regex.Matcher m = mention.matcher(text);
        int tries = 0;
        while (m.find() && tries++ < 40) {
            List<String> after = words(m.group(2));
            int took = prefixMatch(after, superior);
            if (took > 0) {
                String name = Texts.clean(m.group(1) + " " + String.join(" ", originalWords(m.group(2)).subList(0, took)));
                return new IssuerSignals.Decision(List.of(name), who.parent(), who.confidence());
            }
        }
        return who;
    }

    private static List<String> originalWords(String s) {
        return List.of(Texts.clean(s).split("\\s+"));
    }

    private static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (String w : Texts.clean(s).split("\\s+")) {
            out.add(w);
        }
        return out;
    }

    /**
     * How many of {@code text}'s words name the whole {@code name} in order, each word the same or an abbreviation in capitals
     * standing for the initials of the next words ("LHPN" for "LIÊN HIỆP PHỤ NỮ", "TH" for "Tiểu học"; either side may
     * abbreviate; "và" is skipped in initials); 0 when they do not.
     */
    static int prefixMatch(List<String> text, List<String> name) {
        int i = 0;
        int j = 0;
        while (j < name.size()) {
            if (i >= text.size()) {
                return 0;
            }
            String a = text.get(i);
            String b = name.get(j);
            if (key(a).equals(key(b))) {
                i++;
                j++;
                continue;
            }
            int k = initialsSpan(a, name, j);
            if (k > 0) {
                i++;
                j += k;
                continue;
            }
            k = initialsSpan(b, text, i);
            if (k > 0) {
                i += k;
                j++;
                continue;
            }
            return 0;
        }
        return i;
    }

    /** How many words from {@code at} the abbreviation {@code abbr} stands for by their initials; 0 when it is none. */
    private static int initialsSpan(String abbr, List<String> ws, int at) {
        String a = key(abbr);
        if (a.length() < 2 || !abbr.equals(abbr.toUpperCase(java.util.Locale.ROOT))) {
            return 0;
        }
        StringBuilder ini = new StringBuilder();
        for (int k = at; k < ws.size(); k++) {
            String w = key(ws.get(k));
            if (w.isEmpty() || w.equals("va") && ini.length() > 0) {
                continue;
            }
            ini.append(w.charAt(0));
            if (ini.toString().equals(a)) {
                return k - at + 1;
            }
            if (!a.startsWith(ini.toString())) {
                return 0;
            }
        }
        return 0;
    }

    private static String key(String w) {
        return Texts.fold(w).replaceAll("[^a-z0-9]", "");
    }

    /**
     * The lowest two lines are a unit under a body, each a body's name of its own (not a joint line parted by a dash, not
     * the Party's or the Đoàn's anchor, not a central organ under its organisation): the upper is the issuer's superior.
     */
    private static boolean threeLevels(List<String> units) {
        int n = units.size();
        String upper = Texts.clean(units.get(n - 2));
        String lower = Texts.clean(units.get(n - 1));
        if (upper.matches(".*[-–]$") || lower.matches(".*\\s[-–]\\s.*") || upper.matches(".*\\s[-–]\\s.*")) {
            return false;
        }
        if (!WordLists.startsUnit(upper) || !WordLists.startsUnit(lower) || WordLists.isLocality(lower)) {
            return false;
        }
        String fu = Texts.fold(upper);
        String fl = Texts.fold(lower);
        return !fl.matches("^(?:doan (?:tncs|thanh nien)|dang cong san|doi tntp|ban chap hanh trung uong).*")
                && !fu.matches("^(?:doan (?:tncs|thanh nien)|dang cong san|doi tntp).*") && !fl.contains("trung uong")
                && !fu.contains("trung uong");
    }
}
