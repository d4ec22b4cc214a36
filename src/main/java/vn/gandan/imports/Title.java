package vn.gandan.imports;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.HeaderSegments.Kind;
import vn.gandan.imports.HeaderSegments.Seg;

/**
 * The kind word and the title (trích yếu) below the header, or the "V/v" subject of an official letter; a title runs
 * over its lines (and over blank lines while it is in capitals) up to the bases, the salutation or the first heading.
 */
record Title(String kindWord, boolean letter, String text, int line) {

    /** Session 14b: a web page's own lines under its headline (posting date, views, author) are no part of a title. */
    static final String PAGE_META = "(?:Ngày đăng|Ngày cập nhật|Cập nhật|Đăng ngày|Đăng lúc|Lượt xem|Lượt đọc|Người đăng|Người viết|Tác giả)(?:\\s+lúc)?\\s*(?::|\\d)";

    private static final String STOP = "(?i)^(?:[-_=*]{3,}.*|(?:[-–+•]\\s*)?(?:Căn cứ|Căn\\b|Thực hiện\\s+(?:\\S+\\s+){0,3}?(?:số\\b|\\d+\\s*[/\\-])|\\(Dự thảo|Điều\\s+1\\b|Kính gửi|Nay\\b|Trên cơ sở|Nhằm|Để\\b|Theo\\b"
            + "|\\(Ban hành|Đơn vị:|MỤC LỤC|PHẦN\\b|Phần\\s+(?:I|thứ|\\d)|Chương\\s+[IVX\\d]|[IVXL]+\\s*[.\\-–)/]|(?-i:[IVX]{1,4}\\s+\\p{Lu}\\p{Ll})|[A-D]\\.\\s|\\d{1,2}\\.\\s*\\p{Lu}"
            + "|(?-i:Trong)\\b|Hiệu trưởng|(?-i:Ban\\s+Chấp)|BCH\\b|Sau khi|Năm học\\s+\\d{4}.{40,}|" + PAGE_META
            + "|(?-i:STT|TT)\\s*(?:\\|.*)?$|\\|" + ").*)"; // s18: a table's first cell ("STT", "| Nội dung") ends the title above it

    private static final String FIRST_STOP = "(?i)^(?:[-_=*]{3,}|Căn cứ|Kính gửi|[IVXL]+\\.\\s|MỤC LỤC).*";

    static Title find(TextLines d, List<Seg> segs, int lastAnchor) {
        boolean firstText = true;
        int texts = 0;
        int windowEnd = lastAnchor >= 0 ? lastAnchor + 14 : TitleLines.nonBlankWindow(d.lines, 14); // s19: a page without header counts its lines, not its blank lines
        boolean afterAnchors = false;
        for (Seg cell : segs) {
            Seg s = TitleLines.brokenKindWord(d.lines, undrafted(cell)); // s19: "KẾ" / "HOẠCH HOẠT ĐỘNG …"
            if (s.line() < lastAnchor || s.kind() != Kind.TEXT || s.line() > windowEnd) {
                continue;
            }
            if (s.text().matches("(?i)^(?:Căn cứ|Xét|Theo đề nghị)\\b.*")) {
                break;
            }
            String k = s.text().matches("^[\\p{Lu} ]+:$") ? null : WordLists.kindOf(s.text());
            if (k == null && lastAnchor >= 0 && !afterAnchors && s.line() > lastAnchor && HeaderUnits.unitLineInMixedCase(s.text())) {
                afterAnchors = true;
                texts = 0;
                continue; // s19: the issuing unit's line in mixed case under the header's anchors ("Liên đội trường TH …"), then the kind line
            }
            afterAnchors = afterAnchors || s.line() > lastAnchor;
            boolean top = lastAnchor < 0 && (firstText || d.lines.indexOf(s.text()) != d.lines.lastIndexOf(s.text())
                    || texts < 3 && s.text().matches("(?iu)^\\p{L}+\\s+\\p{L}+\\s+(?:về|v/v)\\s.*")) && s.text().length() < 150;
            if (k == null && TitleBreaks.titleWithoutKindLine(s.text(), texts, lastAnchor >= 0 && s.line() > lastAnchor)) {
                String whole = d.lines.get(s.line()).strip(); // the line, not the cell: a cited "SỐ 63/2010/NĐ-CP" inside it is no number anchor
                return new Title(null, false, collect(d, s.line(), whole.startsWith(s.text().strip()) ? whole : s.text(), false), s.line()); // s20: "VỀ VIỆC …" first under the header, no kind line
            }
            firstText = false;
            texts++;
            boolean firstAfterAnchors = lastAnchor >= 0 && texts == 1 && s.line() > lastAnchor && s.text().length() < 150;
            if (k != null && (top || firstAfterAnchors || TextLines.isUpper(s.text().substring(0, Math.min(s.text().length(), 8)))
                    || TitleLines.kindWordAlone(d.lines.get(s.line())))) { // s19: "Kế hoạch" alone on its line under the header (never a table's cell)
                String rest = s.text().replaceFirst("(?i)^\\p{L}+\\s*\\p{L}+\\s*:?\\s*", "");
                if (k.equals("kehoach")) {
                    rest = s.text().replaceFirst("^\\p{L}+\\s*", "");
                }
                rest = rest.strip().matches("(?iu)(?:PHỐI HỢP|LIÊN TỊCH|LIÊN NGÀNH|HÀNH ĐỘNG)") ? "" : rest; // s24: "KẾ HOẠCH HÀNH ĐỘNG" alone too; s18: "QUY CHẾ PHỐI HỢP" / "CHƯƠNG TRÌNH PHỐI HỢP" alone is the kind line; the title is below
                rest = TitleQualifiers.withoutJointQualifier(k, rest); // s20: "KẾ HOẠCH PHỐI HỢP TỔ CHỨC …" — the qualifier is the kind's
                rest = rest.replaceFirst(OWN_NUMBER, ""); // session 16: "QUYẾT ĐỊNH 1677/QĐ-TTg" — the title is on the lines below
                if (rest.matches("(?iu)^và\\s+.*") && WordLists.kindOf(rest.substring(2).strip()) != null) {
                    rest = rest.replaceFirst("(?iu)^và\\s+\\p{L}+\\s*\\p{L}+\\s*:?\\s*", "");
                }
                Seg own = lastAnchor < 0 && !rest.isBlank() ? ownKindLine(segs, s, k) : null;
                if (own != null) {
                    return new Title(k, false, collect(d, own.line(), "", false), own.line());
                }
                Seg issuing = lastAnchor < 0 && !rest.isBlank() ? TitleLines.decisionIssuing(d.lines, segs, s, k) : null;
                if (issuing != null) { // s19: the portal's headline names the regulation; the page is the decision issuing it
                    return new Title(WordLists.kindOf(issuing.text()), false, collect(d, issuing.line(), "", false), issuing.line());
                }
                Seg below = lastAnchor < 0 && !rest.isBlank() ? kindLineBelow(d, segs, s, k) : null;
                if (below != null) {
                    return find(d, segs.subList(segs.indexOf(below), segs.size()), lastAnchor);
                }
                return new Title(k, false, collect(d, s.line(), withPeriodCell(segs, s, rest), false), s.line());
            }
        }
        for (Seg s : segs) {
            if (s.kind() == Kind.TEXT && s.text().matches("(?i)^V/v\\b.*") && s.line() <= lastAnchor + 6) {
                return new Title(null, true, collect(d, s.line(), s.text(), true), s.line());
            }
            String bracketed = s.kind() == Kind.TEXT && lastAnchor >= 0 && s.line() <= lastAnchor + 6 ? TitleQualifiers.kindThenBracketedSubject(s.text()) : null;
            if (bracketed != null) { // s20: "BIÊN BẢN (V/v …) I/. Thời gian …"
                return new Title(null, true, bracketed, s.line());
            }
        }
        int kindLine = -1;
        int fallbackEnd = lastAnchor >= 0 ? TitleTails.windowEnd(d.lines, lastAnchor + 1, 4) : -1; // s21: blank lines and a draft mark do not count
        for (int i = lastAnchor + 1; lastAnchor >= 0 && i < Math.min(d.lines.size(), fallbackEnd); i++) {
            String l = d.lines.get(i);
            if (l.isEmpty() || TitleTails.draftMark(l) || l.matches("^(?:[-_=*|]+|[–—]{2,})$") || kindLine < 0 && WordLists.startsUnit(l) && TextLines.isUpper(l) && l.length() < 40) {
                continue;
            }
            if (kindLine < 0 && TextLines.isUpper(l) && l.length() <= 12 && l.matches("[\\p{L} ]+")) {
                kindLine = i;
                continue;
            }
            return l.matches(STOP) ? new Title(null, false, null, -1) : new Title(null, false, collect(d, i, l, false), kindLine >= 0 ? kindLine : i);
        }
        return new Title(null, false, null, -1);
    }

    /**
     * A page headline giving kind and title on one line ("QUY CHẾ THỰC HIỆN DÂN CHỦ …") above the document's own kind line
     * standing alone a few lines below ("QUY CHẾ" / "thực hiện dân chủ trong hoạt động …"): the document's own wins.
     */
    private static Seg ownKindLine(List<Seg> segs, Seg headline, String kind) {
        for (Seg t : segs) {
            if (t.line() > headline.line() && t.line() <= headline.line() + 6 && t.kind() == Kind.TEXT
                    && kind.equals(WordLists.kindOf(t.text())) && t.text().strip().matches("[\\p{Lu} ]{2,16}")) {
                return t;
            }
        }
        return null;
    }

    /** Session 16: a kind line that carries the document's own number and symbol and nothing else ("QUYẾT ĐỊNH 1677/QĐ-TTg"). */
    private static final String OWN_NUMBER = "^(?iu:số\\s*:?\\s*)?\\d{1,6}\\s*[/\\-]\\s*(?:\\d{4}\\s*[/\\-]\\s*)?\\p{Lu}[\\p{L}\\d&]*(?:[/\\-][\\p{L}\\d&]+)*"
            + "(?:\\s*,?\\s+(?iu:ngày)\\s+\\d{1,2}\\s*(?:[/.\\-]|\\s+(?iu:tháng)\\s+)\\s*\\d{1,2}\\s*(?:[/.\\-]|\\s+(?iu:năm)\\s+)\\s*\\d{4})?\\s*$";

    /** Session 15b: a period cell split off the kind line by a column gap ("KẾ HOẠCH HOẠT ĐỘNG …      NĂM HỌC 2015- 2016"). */
    private static final String PERIOD_CELL = "(?iu)^(?:NĂM HỌC|NĂM|GIAI ĐOẠN|NHIỆM KỲ|HỌC KỲ\\s+[IV12]+\\s+NĂM HỌC)\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\.?$";

    /** The kind line's title with the period cell right of it on the same line, when there is one. */
    private static String withPeriodCell(List<Seg> segs, Seg kindLine, String rest) {
        int at = segs.indexOf(kindLine);
        Seg next = at >= 0 && at + 1 < segs.size() ? segs.get(at + 1) : null;
        return next != null && next.line() == kindLine.line() && next.kind() == Kind.TEXT && next.text().strip().matches(PERIOD_CELL)
                && !rest.isBlank() ? rest.strip() + " " + next.text().strip() : rest;
    }

    /**
     * Session 15b: a page headline with a kind word ("KẾ HOẠCH NĂM HỌC 2016-2017") whose next line is the document's own kind
     * line of the same kind in capitals, with a title of its own ("KẾ HOẠCH NHIỆM VỤ NĂM HỌC …") no shorter than the headline
     * (a headline shortens it; two month plans in a row, "KẾ HOẠCH THÁNG 9" / "KẾ HOẠCH THÁNG 10", are no headline and its
     * document): the document's own wins.
     */
    private static Seg kindLineBelow(TextLines d, List<Seg> segs, Seg headline, String kind) {
        int next = headline.line() + 1;
        while (next < d.lines.size() && next <= headline.line() + 3 && d.lines.get(next).isBlank()) {
            next++;
        }
        for (Seg t : segs) {
            if (t.line() == next && t.kind() == Kind.TEXT && kind.equals(WordLists.kindOf(t.text())) && TextLines.isUpper(t.text())
                    && t.text().strip().split("\\s+").length > Math.max(3, headline.text().strip().split("\\s+").length)
                    && !t.text().strip().equals(headline.text().strip())) {
                return t;
            }
        }
        return null;
    }

    /** A kind line marked as a draft ("DỰ THẢO BÁO CÁO", "(Dự thảo) KẾ HOẠCH") is read as the kind line itself. */
    private static Seg undrafted(Seg s) {
        String t = s.text().replaceFirst("(?iu)^\\(?\\s*DỰ\\s+THẢO\\s*\\)?\\s*[:\\-–]?\\s*", "");
        return t.length() < s.text().length() && WordLists.kindOf(t) != null ? new Seg(s.line(), s.kind(), t) : s;
    }

    /** The title from {@code first} (the rest of the kind line) over the next lines. */
    private static String collect(TextLines d, int line, String first, boolean letter) {
        StringBuilder sb = new StringBuilder(cut(first));
        String firstLine = cut(first);
        boolean lowerTail = false;
        boolean cutInside = !cut(first).equals(first.strip());
        int blanks = 0;
        for (int i = line + 1; i < d.lines.size() && !cutInside && sb.length() < 400; i++) {
            String l = d.lines.get(i);
            if (l.isEmpty() || l.matches("^(?:[-_=*]+|[–—]{2,})$")) {
                blanks++;
                if (l.matches("^(?:[-_=*]+|[–—]{2,})$") && sb.length() > 0) {
                    break;
                }
                continue;
            }
            boolean upper = sb.length() == 0 || TextLines.isUpper(sb.toString()) && TextLines.isUpper(l)
                    || l.matches("(?i)^(năm học|nhiệm kỳ|giai đoạn|thời điểm|học kỳ|tháng)\\s+(?:\\d|tháng).*") || letter && !sb.toString().matches("(?s).*[.;:]$") || l.matches("(?i)^năm\\s+\\d{4}\\.?$");
            boolean yearUnder = TitleTails.schoolYearRightUnder(l, TitleTails.spacedBlock(d.lines, line, first) ? blanks - 1 : blanks, letter,
                    mostlyUpper(sb.toString())); // s21: "KẾ HOẠCH Phát động …" / "Năm học: 2016 - 2017", also in a block spaced by blank lines
            upper = upper || yearUnder;
            boolean openParen = sb.chars().filter(c -> c == '(').count() > sb.chars().filter(c -> c == ')').count();
            boolean phraseOpen = TitlePhrase.continues(sb, l); // s22: the phrase cannot end where the line broke it
            boolean goesOn = blanks > 0 && startsLower(l) && !mostlyUpper(sb.toString()) && !sb.toString().matches("(?s).*[.;:,]$")
                    && l.length() < 150 && !letter;
            upper = upper || goesOn || termTail(sb, l, letter) || TitleLines.unitAboveEnacting(d.lines, i, sb, letter) || TitleLines.schoolYearLine(l) && mostlyUpper(sb.toString())
                    || TitleLines.bracketedTail(sb, l) && mostlyUpper(sb.toString()) // s19
                    || TitleBreaks.unitAboveRule(d.lines, i, sb, letter); // s20: "… giai đoạn 2023-2025" / "Xã Quỳnh Xá" / "------"
            if (!openParen && !phraseOpen && (sb.length() == 0 ? l.matches(FIRST_STOP) : l.matches(STOP) && !TitleLines.yearThenEnacting(l) && !TitleBreaks.goesOn(sb, l) || l.matches("(?i)^Thực hiện\\b.{60,}"))) {
                break;
            }
            boolean caseSwitch = mostlyUpper(sb.toString()) && !mostlyUpper(l) && !startsLower(l) && !yearsAfterPeriodWord(sb, l) && !TitleLines.schoolYearLine(l) && !TitleLines.bracketedTail(sb, l)
                    && !l.matches("(?i)^(năm học|nhiệm kỳ|giai đoạn|thời điểm|học kỳ|tháng)\\s+(?:\\d|tháng).*");
            if (phraseOpen) {
                // the grammar of the phrase decides: no stop below applies
            } else if (sentenceEnded(sb) && !startsLower(l) && !TitleTails.periodLine(l) || authority(sb.toString(), l) || cut(l).equals(firstLine) && !firstLine.isEmpty()
                    || !mostlyUpper(sb.toString()) && TitleBreaks.noteBelow(sb, l) // s20: "(trình phiên họp Chính phủ …)" under a running-case title
                    || lowerTail && !startsLower(l) && !mostlyUpper(l)) {
                break;
            }
            if (!phraseOpen && (HeaderSegments.DATE.matcher(l).lookingAt() || HeaderSegments.MOTTO.matcher(l).lookingAt() || blanks > 0 && !upper || caseSwitch
                    || l.length() > (TextLines.isUpper(l) ? 400 : 220)
                    || l.matches("(?i)^(Năm học|Số)\\s*:.*") && !(TitleLines.schoolYearLine(l) && mostlyUpper(sb.toString()))
                    && !yearUnder // s21: "KẾ HOẠCH Phát động …" / "Năm học: 2016 - 2017"
                    || TitleTails.placeDateLine(l) // s21: "Hà Nội ngày 30 tháng 3 năm 2010" under a V/v subject
                    || sb.length() > 0 && WordLists.kindOf(l) != null && TextLines.isUpper(l)
                    || HeaderSegments.NUMBER.matcher(l).lookingAt() && !TitleBreaks.citedNumber(sb, l.strip()))) { // s20: "… NGHỊ QUYẾT" / "SỐ 35/NQ-CP NGÀY …"
                break;
            }
            firstLine = firstLine.isEmpty() ? cut(l) : firstLine;
            lowerTail = lowerTail || startsLower(l) && TextLines.isUpper(sb.toString());
            sb.append(sb.length() > 0 ? " " : "").append(cut(l));
            blanks = 0;
            if (TitleLines.schoolYearLine(l) && !mostlyUpper(l)) {
                break; // s19: "Năm học : 2016 - 2017" under a kind line closes the title
            }
            if (!cut(l).equals(l)) {
                break;
            }
        }
        String t = Extractor.trimEnd(sb.toString().replaceAll("\\s+\\p{M}+", "").replaceAll("\\s+", " ").strip());
        return t == null || t.isEmpty() ? null : t;
    }

    /**
     * Session 18: a mixed-case title broken over a blank line whose second line closes on the term it names ("Tổ chức Đại
     * hội Đại biểu Đoàn TNCS Hồ Chí Minh" / "Trường CĐCN … lần thứ XV nhiệm kỳ 2014 - 2017"): a short line without comma or
     * end punctuation, ending on "nhiệm kỳ / năm học / giai đoạn" and its years, goes on with the title.
     */
    private static final Pattern ENDS_PUNCTUATED = Pattern.compile("(?s).*[.;:,]$");
    private static final Pattern TERM_YEARS = Pattern.compile("(?iu).*\\b(?:nhiệm kỳ|năm học|giai đoạn)\\s+\\d{4}\\s*[-–]\\s*\\d{4}\\)?$");
    private static final Pattern NTH_TIME = Pattern.compile("(?u).*\\blần thứ\\s+[IVXLC]+$");
    private static final Pattern ENDS_ON_LEVEL = Pattern.compile("(?su).*\\s" + IssuerShapes.LEVEL + "$");
    private static final Pattern OPENS_BASE = Pattern.compile("(?iu)^(?:Căn cứ|Thực hiện|Kính gửi)\\b.*");

    private static boolean termTail(StringBuilder sb, String l, boolean letter) {
        if (letter || sb.length() == 0 || l.length() >= 150 || l.indexOf(',') >= 0) return false;
        String before = sb.toString();
        return !ENDS_PUNCTUATED.matcher(before).matches()
                && (TERM_YEARS.matcher(l).matches() || NTH_TIME.matcher(l).matches()
                || ENDS_ON_LEVEL.matcher(before).matches() && !WordLists.startsUnit(l) && Character.isUpperCase(l.codePointAt(0))
                && !OPENS_BASE.matcher(l).matches());
    }


    /** s19: the second year of a range the line break split after the first ("… GIAI ĐOẠN 2021" / "- 2025"); a year after a period word is {@link TitlePhrase}'s. */
    private static boolean yearsAfterPeriodWord(StringBuilder sb, String l) {
        return TitleLines.secondYear(sb, l);
    }

    /** A title in running text that already ends its sentence ("… thành phố Huế.") does not go on over the next line. */
    private static boolean sentenceEnded(StringBuilder sb) {
        return sb.length() > 0 && !mostlyUpper(sb.toString()) && sb.toString().matches("(?s).*[\\p{L}\\d]{2}\\.$");
    }

    private static final String AUTHORITY = "^(?:CHỦ TỊCH|BỘ TRƯỞNG, CHỦ NHIỆM|BỘ TRƯỞNG|GIÁM ĐỐC|THỦ TƯỚNG|TRƯỞNG BAN|HIỆU TRƯỞNG|CHÍNH PHỦ$|"
            + "[ỦU]Y BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN|[ỦU]Y BAN THƯỜNG VỤ|BAN (?:THƯỜNG VỤ|CHẤP HÀNH)|BỘ\\s)[^,;()]{0,80}$";

    /** The enacting authority under a decision's title ("ỦY BAN NHÂN DÂN TỈNH X", "CHỦ TỊCH …", "BỘ TRƯỞNG …"). */
    private static boolean authority(String sofar, String l) {
        return TextLines.isUpper(l) && l.matches(AUTHORITY) && sofar.split("\\s+").length >= 5 && !TitlePhrase.awaits(sofar); // s22: never under an open phrase
    }

    /** Capitals but for a letter or two of a legacy font ("KINH TẾ - Xà HỘI"). */
    private static boolean mostlyUpper(String l) {
        long lower = l.codePoints().filter(Character::isLowerCase).count();
        long letters = l.codePoints().filter(Character::isLetter).count();
        return letters > 0 && (lower <= 1 && letters >= 12 || TextLines.isUpper(l));
    }

    /** A line going on in lower case ("về xây dựng …" under a title in capitals). */
    private static boolean startsLower(String l) {
        return !l.isEmpty() && Character.isLowerCase(l.codePointAt(0));
    }

    /** The title part of a line that runs on into the bases ("… (Ban hành kèm …) Căn cứ …", "… I. ĐẶC ĐIỂM"). */
    /** Where a title line's own text ends; s18: "học kì I - Năm học …" (kì spelt with i) and "ĐOÀN CHỦ TỊCH …" (the presidium) go on. */
    private static String cut(String l) {
        Matcher m = CUT.matcher(l);
        while (m.find()) {
            if (m.group(1) == null || !TitlePhrase.awaits(l.substring(0, m.start()))) { // s22: an office inside an open phrase is the phrase's
                return l.substring(0, m.start()).strip();
            }
        }
        return l.strip();
    }

    private static final Pattern CUT = Pattern.compile("(?<!KỲ|kỳ|Kỳ|KÌ|kì|Kì)\\s(?:(?=(BỘ TRƯỞNG|CHỦ TỊCH [ỦU]Y|THỦ TƯỚNG)\\s)|\\(Ban hành|\\(Dự thảo|Căn cứ|Căn\\s|Thực hiện\\s|Thực\\s+(?:công|cơng|kế|chỉ|nghị|quyết|hướng)\\s|Chương\\s+(?:I|1)\\s|Điều\\s+1\\s*\\.|Kính gửi|I\\.\\s|I\\s*[–-]\\s|" + PAGE_META + ")");

    /** Day, month and year of a date line whose numbers are on the next lines ("Vĩnh Bình, ngày" … "tháng 9 năm 2017"). */
    static DateParts dateAfter(TextLines d, int line, DateParts parts) {
        StringBuilder sb = new StringBuilder(d.lines.get(line));
        for (int i = line + 1; i < Math.min(d.lines.size(), line + 4); i++) {
            sb.append(' ').append(d.lines.get(i));
        }
        Matcher m = HeaderSegments.DATE.matcher(sb.toString());
        return m.find() ? new DateParts(HeaderBlock.num(m.group(2)), HeaderBlock.num(m.group(3)), HeaderBlock.num(m.group(4))) : parts;
    }
}
