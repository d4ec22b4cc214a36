package vn.gandan.imports;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Session 28: the symbol of a document's identity line read by its grammar where the number cell before it is garbled, on
 * the text's first {@value #TOP} lines only. The cell opens with the "Số" word (as printed, or as a scan misreads it with
 * its colon: "Sô:", "s6:", "So:") and the symbol is the first of its next few words built as a symbol: parts of capitals
 * (a part may hold up to two small letters, as "TTr" or "GDTrH", and "&"), joined by "-", "/" or a dash. Shapes read:
 * <ul>
 * <li>a pen fill-in glued before the symbol: {@code "Số: X05SGDĐT-KHTTr Thái Bình, ngày …"} gives "SGDĐT-KHTTr" (whatever
 * precedes the last digit or sign before the first part is the number cell's debris);</li>
 * <li>debris in the number cell: {@code "Số: 2€7É 'KH-HĐGDQPAN Thái Bình, …"} gives "KH-HĐGDQPAN";</li>
 * <li>the slash read as a letter before a kind abbreviation: {@code "s6: 12 ITB-UBND TP. Cà Mau"} gives "TB-UBND";</li>
 * <li>a symbol split after its dash: {@code "Số 077/QĐ- THPTNK"} gives "QĐ-THPTNK" (and the clean number 77).</li>
 * </ul>
 * The number is given only when the cell writes it cleanly as digits right before the slash; a hand-written or garbled
 * number stays empty (the gold convention for scans). Nothing is read unless the symbol closes its cell: the line ends, or
 * a capitalised word (the place) or "V/v" follows.
 */
final class SymbolCell {

    static final int TOP = 14;

    /** What the cell gives: the symbol, and the number when it is written cleanly (else null). */
    record Cell(Integer number, String symbol) {
    }

    /** The "Số" word opening its line, as printed (colon optional) or as a scan misreads it (with its colon). */
    private static final Pattern SO = Pattern.compile(
            "^[^\\p{L}\\d]{0,3}(?:(?:Số|SỐ)\\s*[:.]?(?=\\s|\\d|$)|[Ss][ôoóồổ6áÔOÓ]\\s?:)");
    /** A part of a symbol: capitals, "&", at most two small letters after its first capital. */
    private static final String PART = "\\p{Lu}[\\p{Lu}&]*(?:\\p{Ll}{1,2}[\\p{Lu}&]*)?";
    private static final Pattern SYMBOL = Pattern.compile(PART + "(?:\\s?[-/–]\\s?" + PART + ")+");
    /** The clean number cell: digits then the slash, right before the symbol. */
    private static final Pattern CLEAN_NUMBER = Pattern.compile("(?:^|\\s)0*(\\d{1,5})\\s?/\\s?$");
    /** The kinds' abbreviations a symbol opens with, so a letter read for the slash before one can be told apart. */
    private static final Set<String> KINDS = Set.of("KH", "QĐ", "TB", "BC", "HD", "GM", "CV", "KL", "CT", "NQ", "TTr", "TT",
            "QC", "ĐA", "CTr", "PA", "BB", "GP", "GXN", "TC", "QyĐ", "HĐ", "KTr");
    /** Letters a scan reads for the slash. */
    private static final String SLASH_READS = "Il1|";

    private SymbolCell() {
    }

    /** The symbol (and clean number) of the first identity cell in the text's first lines; null when none reads. */
    static Cell read(CharSequence text) {
        String head = Normalizer.normalize(text.subSequence(0, TopLines.headEnd(text, TOP)), Normalizer.Form.NFC);
        for (String line : head.split("\n")) {
            Matcher so = SO.matcher(line);
            if (so.find()) {
                Cell c = cell(line.substring(so.end()));
                if (c != null && !unsure(c.symbol(), head)) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The place without the symbol it swallowed ("KH-HĐGDQPAN Thái Bình" → "Thái Bình") when the cell read that symbol. */
    static String placeAfter(String place, Cell cell) {
        if (place == null || cell == null || !place.startsWith(cell.symbol() + " ")) {
            return place;
        }
        String rest = place.substring(cell.symbol().length()).strip();
        return rest.isEmpty() || !Character.isUpperCase(rest.charAt(0)) ? place : rest;
    }

    /** The symbol read from the rest of the line after the "Số" word. */
    static Cell cell(String rest) {
        String cell = rest.length() > 60 ? rest.substring(0, 60) : rest;
        Matcher m = SYMBOL.matcher(cell);
        while (m.find()) {
            int start = m.start();
            String before = cell.substring(0, start);
            if (before.strip().split("\\s+").length > 3) {
                return null;
            }
            String after = cell.substring(m.end());
            if (!closes(after) || start > 0 && Character.isLetter(cell.charAt(start - 1)) && !glued(before)) {
                continue;
            }
            String symbol = m.group().replaceAll("\\s", "");
            symbol = slashRead(symbol, before);
            Matcher n = CLEAN_NUMBER.matcher(before);
            Integer number = n.find() && before.strip().matches("0*\\d{1,5}\\s?/") ? Integer.valueOf(n.group(1)) : null;
            return new Cell(number, symbol);
        }
        return null;
    }

    /** A symbol glued to the number cell's debris ends that debris at a digit or sign ("X05SGDĐT"). */
    private static boolean glued(String before) {
        String last = before.isEmpty() ? "" : before.substring(before.lastIndexOf(' ') + 1);
        return !last.isEmpty() && !Character.isLetter(last.charAt(last.length() - 1)) ? true : last.matches(".*\\d\\p{Lu}*");
    }

    /** "ITB-UBND" → "TB-UBND": a letter read for the slash before a kind abbreviation, when no slash stands before it. */
    private static String slashRead(String symbol, String before) {
        String first = symbol.split("[-/–]")[0];
        if (first.length() > 2 && SLASH_READS.indexOf(first.charAt(0)) >= 0 && !before.strip().endsWith("/")
                && KINDS.contains(first.substring(1)) && !KINDS.contains(first)) {
            return symbol.substring(1);
        }
        return symbol;
    }

    /**
     * A reading the letters cannot settle: a part stuttering one letter three times ("QĐĐĐ"), or "DD" in a text layer
     * without Vietnamese marks (one of them may stand for "Đ": "ĐĐBQH", "GDĐT").
     */
    static boolean unsure(String symbol, String head) {
        boolean unmarked = head.chars().noneMatch(ch -> ch > 0x7F && Character.isLetter(ch));
        return STUTTER.matcher(symbol).find() || unmarked && symbol.contains("DD");
    }

    private static final Pattern STUTTER = Pattern.compile("(\\p{Lu})\\1\\1");

    /** The symbol closes its cell: the line ends, or the place (a capitalised word) or "V/v" follows. */
    private static boolean closes(String after) {
        String a = after.strip();
        return a.isEmpty() || Character.isUpperCase(a.charAt(0)) || a.startsWith(",");
    }
}
