package vn.gandan.imports;

import vn.gandan.shared.Texts;

/**
 * {@code Texts.fold(s).contains(word)} for long texts without making the folded copy by regular expressions and a
 * whole-text normalisation: each character is folded once (diacritics removed, đ as d, lower case, a table filled
 * when first met) into one reused buffer. Words are folded (lower case ASCII, single spaces).
 */
final class Folding {

    private static final String[] FOLDED = new String[0x10000];

    private Folding() {
    }

    /** Whether the folded text contains any of the words. */
    static boolean containsAny(CharSequence s, String... words) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean space = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r') {
                if (!space) {
                    sb.append(' ');
                }
                space = true;
            } else if (c < 0x80) {
                sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
                space = false;
            } else {
                String f = folded(c);
                sb.append(f);
                space = space && f.isEmpty();
            }
        }
        for (String w : words) {
            if (sb.indexOf(w) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static String folded(char c) {
        String f = FOLDED[c];
        if (f == null) {
            f = Character.isSurrogate(c) ? String.valueOf(c) : Texts.fold(String.valueOf(c));
            FOLDED[c] = f;
        }
        return f;
    }
}
