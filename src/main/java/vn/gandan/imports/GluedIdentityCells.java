package vn.gandan.imports;

import java.util.regex.Pattern;

/**
 * The identity cells of a Word header table flattened without its cell breaks (session 27, .doc files whose table cells come
 * out glued): the motto's last word glued to the place line ({@code "Độc lập - Tự do - Hạnh phúcThái Bình, ngày …"}). A
 * column gap is put back at the join, so the header readers see the place cell they know ({@code "Hạnh phúc   Thái Bình,
 * ngày …"}). Only this join is read: the motto's fixed last word meeting a capital with no space, which no cell's own text
 * does. (A symbol glued to the "V/v" subject, "/CĐGDV/v", is left: gapping it lets a signature's board words join the
 * header's issuer on the one document measured.)
 */
final class GluedIdentityCells {

    /** The motto's "Hạnh phúc" with a capital glued right after it. */
    private static final Pattern MOTTO_JOIN = Pattern.compile("(?<=Hạnh phúc|HẠNH PHÚC)(?=\\p{Lu})");

    private GluedIdentityCells() {
    }

    /** The line with a column gap at the glued join; the same string when it has none. */
    static String gapped(String line) {
        if (line.indexOf("húc") < 0 && line.indexOf("HÚC") < 0) {
            return line;
        }
        return MOTTO_JOIN.matcher(line).replaceAll("   ");
    }
}
