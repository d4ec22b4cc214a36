package vn.gandan.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 29: a letter's subject cell in the left column of a scanned or layered two-column header, read from the text's
 * first lines. The cell opens with "V/v" in any shape a scan or a broken layer gives it ("V/v", "V/V", "V.v", "Vv", "Ví",
 * "Vív"), or with "Về việc", below the header's "Số" cell or motto; the right column's place-date cell may stand on the
 * same line and is no part of it; the cell wraps over a few short lines (the column is narrow) up to the salutation, the
 * bases, a heading or a body line:
 * <pre>
 * | Số: 12 /SGDĐT-VP
 * | Ví cho trẻ mầm non, học sinh,     Bắc Ninh, ngày 19 tháng 02 năm 2021
 * học viên tiếp tục nghỉ học
 * Kính gửi: …
 * </pre>
 * gives {@code "V/v cho trẻ mầm non, học sinh, học viên tiếp tục nghỉ học"}. A "Về việc" cell keeps its words as written.
 * Nothing is read when no header piece stands above the cell or a wrapped line is as long as a body line.
 */
record SubjectCell(String text, int line) {

    static final int TOP = 22;
    private static final int CELL_LINES = 5;
    private static final int NARROW = 64;
    private static final Pattern LEAD_DEBRIS = Pattern.compile("^[\\s|_:;¬.,'\"“”‘’`~*]+");
    private static final Pattern LETTER_OPEN = Pattern.compile("^(?:V\\s*[/\\\\|lI1]\\s*[vVy]|V\\.\\s*v|V[íi]v|Ví|Vv)(?:\\s*[:.])?\\s+(?=\\p{Ll})");
    private static final Pattern MATTER_OPEN = Pattern.compile("^Về\\s+việc\\s*:?\\s+(?=\\p{L})");
    private static final Pattern NOT_LETTER = Pattern.compile("^Ví\\s+dụ\\b.*");
    private static final Pattern HEADER_PIECE = Pattern.compile("(?iu)(?:^|[\\s|])(?:Số|So|Sô|Sổ)\\s*:|Độc\\s+lập|CỘNG\\s+H[OÒ]A|Hạnh\\s+phúc");
    private static final Pattern PLACE_DATE_CELL = Pattern.compile("(?:^|\\s+)(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}\\p{Lu}[\\p{L}.]*\\s*,\\s*(?iu:ngày)\\b.*$");
    private static final Pattern RIGHT_CELL = Pattern.compile("\\s+(?:Độc\\s+lập|CỘNG\\s+H[OÒ]A|(?:\\p{Lu}{2,}\\s+){2,}).*$");
    private static final Pattern STOP = Pattern.compile("^(?:(?iu:Kính\\s+gửi)|Kính|Căn\\s+cứ|Thực\\s+hiện|Theo\\b|Xét\\b|Nơi\\s+nhận|Số\\b|[-+•]|\\d{1,2}\\s*[.)/]|[IVX]{1,4}\\s*[.)/]|Điều\\s+\\d).*");
    private static final Pattern CAPITALS_LINE = Pattern.compile("^(?:[\\p{Lu}\\d.,:;&()\\-–]+\\s+)+\\p{Lu}[\\p{Lu}\\d.,:;&()\\-–]*$");
    private static final Pattern SALUTATION = Pattern.compile("\\s+(?iu:Kính\\s+gửi)\\b.*$");
    private static final Pattern CAPITALS_RUN = Pattern.compile("(?:^|\\s)\\p{Lu}{2,}\\s+\\p{Lu}{2,}(?:\\s|$)");
    private static final Pattern KIND_WORD = Pattern.compile("(?:^|\\s)(?:" + KindWords.alternation(KindWords.WORDS.stream().map(Texts::fold).toList()) + ")(?:\\s|$)");
    private static final Pattern PLACE_RUN_ON = Pattern.compile("^\\p{Lu}?\\p{Ll}+\\s*,\\s*(?iu:ngày)\\b");
    private static final Pattern INNER_DEBRIS = Pattern.compile("\\s+[_|¬~]+(?=\\s)");
    private static final int LETTER_REACH = 8;
    private static final int MATTER_REACH = 3;
    private static final Pattern OPEN_HYPHEN = Pattern.compile("(?<=\\p{L})-\\s+(?=\\d)");

    /** The subject cell of the text's header, or null when its first lines hold none of this shape. */
    static SubjectCell read(CharSequence text) {
        String head = text.subSequence(0, TopLines.headEnd(text, TOP)).toString();
        List<String> lines = List.of(head.split("\n", -1));
        int headerLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String l = LEAD_DEBRIS.matcher(raw).replaceFirst("");
            Matcher letter = LETTER_OPEN.matcher(l);
            Matcher matter = MATTER_OPEN.matcher(l);
            boolean isLetter = headerLine >= 0 && i - headerLine <= LETTER_REACH && letter.find() && !NOT_LETTER.matcher(l).matches();
            if (isLetter || headerLine >= 0 && i - headerLine <= MATTER_REACH && matter.find()) {
                String opening = isLetter ? "V/v " : l.substring(0, matter.end());
                return cell(lines, i, opening, l.substring(isLetter ? letter.end() : matter.end()));
            }
            headerLine = HEADER_PIECE.matcher(raw).find() || CAPITALS_RUN.matcher(raw).find() ? i : headerLine;
        }
        return null;
    }

    /**
     * The title a scan's subject cell gives where the header readers gave none, only the cell's last lines (a wrapped cell
     * whose opening stood beside the place-date cell), or the kind line alone: {@code title} itself otherwise, and also
     * when the cell's words carry no Vietnamese marks (a broken layer spells no title as printed).
     */
    static String mended(String title, CharSequence text) {
        SubjectCell c = read(text);
        if (c == null || !marked(c.text())
                || title != null && !title.isBlank() && !tailOf(title, c.text()) && !kindLineAlone(title)) {
            return title;
        }
        return c.text();
    }

    private static SubjectCell cell(List<String> lines, int at, String opening, String first) {
        List<String> parts = new ArrayList<>();
        String own = leftCell(first);
        if (own.isBlank() || own.length() > NARROW + 10) {
            return null;
        }
        parts.add(own);
        boolean blank = false;
        for (int j = at + 1; j < lines.size() && j <= at + CELL_LINES; j++) {
            String l = LEAD_DEBRIS.matcher(lines.get(j)).replaceFirst("").strip();
            if (l.isEmpty() && !blank && !parts.get(parts.size() - 1).matches(".*[.;:]$")) {
                blank = true; // a Word file's wrapped cell with an empty paragraph between its lines
                continue;
            }
            if (l.isEmpty() || STOP.matcher(l).matches() || CAPITALS_LINE.matcher(l).matches() || HEADER_PIECE.matcher(l).find() && leftCell(l).equals(l)) {
                break;
            }
            String part = leftCell(l);
            if (part.length() > NARROW) {
                return null; // a body line: the cell's lines were not told apart from the text
            }
            if (part.isBlank()) {
                if (PLACE_RUN_ON.matcher(l).find()) { // "… năm học 2022-2023 Hà" / "Nội, ngày …": the place's first word closed the line above
                    parts.set(parts.size() - 1, parts.get(parts.size() - 1).replaceFirst("(?:^|\\s+)\\p{Lu}\\p{Ll}*\\.?$", ""));
                }
                break;
            }
            parts.add(part);
            if (!part.equals(l)) {
                break; // the salutation or the other column came on this line: the cell ends here
            }
        }
        String joined = INNER_DEBRIS.matcher(String.join(" ", parts)).replaceAll("").replace('ƣ', 'ư').replace('Ƣ', 'Ư'); // a PDF font's "ƣ" is "ư"
        String subject = OPEN_HYPHEN.matcher(joined).replaceAll("-").replaceAll("\\s+", " ").strip().replaceAll("[,;:]+$", "").strip();
        return subject.split(" ").length < 2 ? null : new SubjectCell(opening.strip() + " " + subject, at);
    }

    /** A line's left cell: the line without the right column's place-date cell, motto or the salutation standing after it. */
    static String leftCell(String l) {
        String s = SALUTATION.matcher(l).replaceFirst("");
        s = PLACE_DATE_CELL.matcher(s).replaceFirst("");
        s = RIGHT_CELL.matcher(s).replaceFirst("");
        return s.strip();
    }

    /** Whether at least a third of the words carry a Vietnamese letter beyond ASCII. */
    static boolean marked(String s) {
        String[] words = s.split("\\s+");
        long withMarks = java.util.Arrays.stream(words).filter(w -> w.chars().anyMatch(ch -> ch > 127 && Character.isLetter(ch))).count();
        return withMarks * 3 >= words.length;
    }

    /** Whether the title's words are the cell's last words and the cell holds more: the title was the cell's last lines. */
    private static boolean tailOf(String title, String cell) {
        List<String> t = words(title);
        List<String> c = words(cell);
        return !t.isEmpty() && c.size() > t.size() && c.subList(c.size() - t.size(), c.size()).equals(t);
    }

    /** A title that is only a kind line in capitals, with a stamp's word or two ("ĐẾN : QUYẾT ĐỊNH"). */
    private static boolean kindLineAlone(String title) {
        String t = title.strip();
        return t.equals(t.toUpperCase(java.util.Locale.ROOT)) && t.split("\\s+").length <= 4 && KIND_WORD.matcher(Texts.fold(t)).find();
    }

    private static List<String> words(String s) {
        return java.util.Arrays.stream(Texts.fold(s).split("[^\\p{L}\\d]+")).filter(w -> !w.isEmpty()).toList();
    }
}
