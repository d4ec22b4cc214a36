package vn.gandan.imports;

import java.util.regex.Pattern;

/**
 * Session 28: the national motto's first line read through a broken text layer with its second word misread
 * ({@code "UBND TỈNH X CỘNG IÍOA XÃ HỘI CHỦ NGHĨA VIỆT NAM"}, {@code "CỘNG HỊA XÃ HỘI …"}) while the words around it read
 * cleanly. The motto is fixed text, so "CỘNG", one word of two to five letters, and "XÃ HỘI CHỦ NGHĨA" can only be it: the
 * word is written "HÒA", so the header readers find the motto and the issuer column ends before it. Only the text's first
 * lines are touched; a line without that shape is returned as it is.
 */
final class LayerMotto {

    static final int TOP = 14;
    private static final Pattern MISREAD = Pattern.compile("(?<![\\p{L}])CỘNG\\s+(?!H[OÒ][AÀ](?![\\p{L}]))[\\p{L}]{2,5}(?=\\s+XÃ\\s+HỘI\\s+CHỦ\\s+NGHĨA(?![\\p{L}]))");

    private LayerMotto() {
    }

    /** The text with a misread motto word written as printed; the same object when none is. */
    static CharSequence mended(CharSequence text) {
        return TopLines.mapped(text, TOP, head -> head.contains("CHỦ NGHĨA"), LayerMotto::line);
    }

    /** One line with the motto's misread second word written "HÒA", or the line as it was. */
    static String line(String l) {
        return MISREAD.matcher(l).find() ? MISREAD.matcher(l).replaceFirst("CỘNG HÒA") : l;
    }
}
