package vn.gandan.imports;

import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 20: a title line broken where a copy broke it (a PDF text layer or a library re-wrapping the trích yếu at its own
 * width), the next line opening with a word that would end a title anywhere else. Answered for {@link Title#collect} on one
 * pair of lines (the title so far, the next line) — never a stop overruled when the title so far has closed its phrase:
 * <ul>
 * <li>a citation's number on the next line: the title stops on a kind word ("… THỰC HIỆN NGHỊ QUYẾT" / "SỐ 35/NQ-CP NGÀY
 * 04/6/2019 CỦA CHÍNH PHỦ …"), the line opens with "số" and a number-and-symbol and goes on (a number line of the header,
 * "Số: 12/KH-UBND" alone, stays a stop);</li>
 * <li>a capitals title going on with "THEO …" ("… KẾ HOẠCH 5 NĂM (2021 - 2025)" / "THEO NGHỊ QUYẾT ĐẠI HỘI …"): in running case
 * "Theo …" opens a sentence and ends the title, as before; "THEO ĐỀ NGHỊ" (the enacting clause) stays a stop.</li>
 * </ul>
 * s22: a term's numeral ("… học kì" / "I - Năm học …"), a cited date ("… NGÀY" / "14/02/2008") and a line stopping on a
 * preposition are {@link TitlePhrase}'s — the grammar of the phrase, not a shape each.
 */
final class TitleBreaks {

    /** The title so far closes on a kind word naming a document it cites (in capitals or in running case). */
    private static final Pattern ENDS_ON_KIND = Pattern.compile("(?su).*\\s(?:NGHỊ QUYẾT|NGHỊ ĐỊNH|QUYẾT ĐỊNH|CHỈ THỊ|THÔNG TƯ|KẾT LUẬN"
            + "|KẾ HOẠCH|CHƯƠNG TRÌNH(?: HÀNH ĐỘNG)?|CÔNG VĂN|HƯỚNG DẪN|QUY ĐỊNH|LUẬT|ĐỀ ÁN|Nghị quyết|Nghị định|Quyết định|Chỉ thị"
            + "|Thông tư|Kết luận|Kế hoạch|Chương trình(?: hành động)?|Công văn|Hướng dẫn|Quy định|Luật|Đề án)$");
    /** A cited number opening the line and more words after it ("SỐ 35/NQ-CP NGÀY …", "số 116/2016/NĐ-CP của …"). */
    private static final Pattern CITED_NUMBER = Pattern.compile("(?u)^(?:SỐ|số)\\s+\\d{1,6}\\s*[/\\-]\\s*[\\p{L}\\d&./\\-]+[,]?\\s+\\S.*");
    /** A capitals line going on with "THEO …" (never the enacting "THEO ĐỀ NGHỊ"). */
    private static final Pattern CAPITALS_THEO = Pattern.compile("(?u)^THEO\\s+(?!ĐỀ\\s+NGHỊ|ĐÓ\\b)[^\\p{Ll}]{4,}$");
    private static final Pattern ENDS_PUNCTUATED = Pattern.compile("(?s).*[.;:]$");

    private TitleBreaks() {
    }

    /** The next line goes on with the title although it opens like a stop (see the class comment). */
    static boolean goesOn(CharSequence sofar, String line) {
        String l = line.strip();
        if (sofar.length() == 0 || l.isEmpty() || ENDS_PUNCTUATED.matcher(sofar).matches()) {
            return false;
        }
        return citedNumber(sofar, l) || capitalsTheo(sofar, l);
    }



    static boolean citedNumber(CharSequence sofar, String l) {
        return CITED_NUMBER.matcher(l).matches() && ENDS_ON_KIND.matcher(sofar).matches() && words(sofar) >= 3;
    }


    static boolean capitalsTheo(CharSequence sofar, String l) {
        return CAPITALS_THEO.matcher(l).matches() && TextLines.isUpper(sofar.toString()) && words(sofar) >= 3;
    }

    private static int words(CharSequence s) {
        return s.toString().strip().split("\\s+").length;
    }

    private static final Pattern RULE = Pattern.compile("^[-_=*–—.]{3,}$");
    private static final Pattern CLOSED = Pattern.compile("(?s).*[.;:,]$");

    /**
     * Session 20: the unit a running-case title names, alone on its line right above the rule that closes the title block
     * ("Tuyên truyền sắp xếp đơn vị hành chính cấp xã giai đoạn 2023-2025" / "Xã Quỳnh Xá" / "------"): a short capitalised
     * unit or locality name in running case (no comma, no end punctuation), the title so far in running case and not closed by
     * punctuation — as session 19 read the unit right above the enacting authority.
     */
    static boolean unitAboveRule(java.util.List<String> lines, int at, CharSequence sofar, boolean letter) {
        String l = lines.get(at).strip();
        if (letter || sofar.length() == 0 || l.length() >= 60 || l.indexOf(',') >= 0 || CLOSED.matcher(l).matches()
                || CLOSED.matcher(sofar).matches() || TextLines.isUpper(l) || !Character.isUpperCase(l.codePointAt(0))
                || !(WordLists.startsUnit(l) || WordLists.isLocality(l)) || sofar.codePoints().noneMatch(Character::isLowerCase)) {
            return false;
        }
        for (int j = at + 1; j < Math.min(lines.size(), at + 4); j++) {
            String next = lines.get(j).strip();
            if (!next.isEmpty()) {
                return RULE.matcher(next).matches();
            }
        }
        return false;
    }

    private static final Pattern WHOLLY_BRACKETED = Pattern.compile("^\\([^()]{2,160}\\)\\.?$");

    /**
     * Session 20: a note in brackets on its own line under a running-case title ("Về dự thảo Nghị định … (sửa đổi)" / "(trình
     * phiên họp Chính phủ thường kỳ tháng 8/2016)", "(26/03/2021)"): no part of the title — the gold of every such line in the tuning
     * parts leaves it out (a short qualifier under a title in capitals, session 19's "(20/10, 20/11)", still goes on).
     */
    static boolean noteBelow(CharSequence sofar, String line) {
        String l = line.strip();
        String t = sofar.toString();
        return WHOLLY_BRACKETED.matcher(l).matches() && words(t) >= 3 && t.codePoints().anyMatch(Character::isLowerCase)
                && t.chars().filter(c -> c == '(').count() <= t.chars().filter(c -> c == ')').count();
    }

    /**
     * Session 20: a library's header without its kind line, the trích yếu in capitals first under the anchors ("VỀ VIỆC BAN HÀNH
     * …", "BAN HÀNH …", "PHÊ DUYỆT …", "V/V …"): it is the title, and a later line of it opening with a kind word ("NGHỊ ĐỊNH SỐ …",
     * where a re-wrap broke the title) is no kind line.
     */
    static boolean titleWithoutKindLine(String text, int textsBefore, boolean underAnchors) {
        String t = text.strip();
        return underAnchors && textsBefore == 0 && t.length() >= 15 && TextLines.isUpper(t) && WordLists.startsTitle(t)
                && !Texts.fold(t).startsWith("to chuc");
    }

}
