package vn.gandan.imports;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 28: the place cell of a document's identity line, read where the symbol closes it and checked against the
 * locality the header's own issuer column names. Two shapes, both on the text's first {@value #TOP} lines only:
 * <ul>
 * <li>a place left empty although the identity line gives it right after the symbol, whatever debris the rest of the line
 * holds: {@code "Số: Ả tới /QĐ-UBND Phú Thọ, ngày Jể tháng 1srd…"} gives "Phú Thọ" (the symbol, a capitalised name of one
 * to four words, a comma, "ngày");</li>
 * <li>in a text with the traits of an OCR reading ({@link OcrTraits}), a place whose letters differ in exactly one base
 * letter from a locality the header names after its level word ({@code "UBND TỈNH BẮC NINH"} above
 * {@code "Đắc Ninh, ngày …"}) is read as that locality: the scan misread one letter of the same name. Marks alone never
 * count (the header itself may carry the misread mark), nor a name of another length.</li>
 * </ul>
 * A place the extractor read and that no header locality contradicts is kept as it is.
 */
final class PlaceCell {

    static final int TOP = 14;
    /** A symbol's capitals after the slash, then the place cell up to ", ngày". */
    private static final Pattern AFTER_SYMBOL = Pattern.compile(
            "/[\\p{Lu}&]+(?:-[\\p{Lu}&]+)+[.,;:]?\\s+(\\p{Lu}\\p{Ll}+(?:\\s+\\p{Lu}\\p{Ll}+){0,3}),\\s*ngày");
    /** A level word of the administrative map followed by a name in capitals. */
    private static final Pattern LOCALITY = Pattern.compile(
            "(?<!\\p{L})(?:TỈNH|HUYỆN|THÀNH PHỐ|QUẬN|THỊ XÃ|XÃ(?!\\s+HỘI)|PHƯỜNG|THỊ TRẤN)\\s+(\\p{Lu}+(?:\\s+\\p{Lu}+){0,3})(?!\\p{L})");
    /** The right column's words a locality in the left column runs into on a flattened header line. */
    private static final List<String> OTHER_COLUMN = List.of("CỘNG", "HÒA", "HOÀ", "ĐỘC", "ĐẢNG", "SỐ");

    private PlaceCell() {
    }

    /**
     * The place as the identity line and the header read it (see the class comment); {@code place} when neither speaks.
     * {@code scanned}: the text has the traits of an OCR reading ({@link OcrTraits}).
     */
    static String read(String place, CharSequence text, boolean scanned) {
        String head = Normalizer.normalize(text.subSequence(0, TopLines.headEnd(text, TOP)), Normalizer.Form.NFC);
        if (place == null || place.isBlank()) {
            Matcher m = AFTER_SYMBOL.matcher(head);
            return m.find() ? m.group(1) : place;
        }
        for (String locality : localities(head)) {
            if (oneLetterApart(place, locality) && scanned) {
                return locality;
            }
        }
        return place;
    }

    /** The localities the header names after a level word, in title case ("BẮC NINH" → "Bắc Ninh"). */
    static List<String> localities(String head) {
        List<String> out = new ArrayList<>();
        Matcher m = LOCALITY.matcher(head);
        while (m.find()) {
            List<String> words = new ArrayList<>();
            for (String w : m.group(1).split("\\s+")) {
                if (OTHER_COLUMN.contains(w)) {
                    break;
                }
                words.add(w.charAt(0) + w.substring(1).toLowerCase(Locale.ROOT));
            }
            if (!words.isEmpty()) {
                out.add(String.join(" ", words));
            }
        }
        return out;
    }

    /** Same number of words, and the base letters (marks dropped, đ as d) one substitution, insertion or deletion apart. */
    static boolean oneLetterApart(String place, String locality) {
        if (place.strip().split("\\s+").length != locality.split("\\s+").length) {
            return false;
        }
        return distance(Texts.fold(place), Texts.fold(locality)) == 1;
    }

    private static int distance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            row[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int diag = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int up = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diag + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diag = up;
            }
        }
        return row[b.length()];
    }
}
