package vn.gandan.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text rules: stored text is NFC; search compares folded text (no diacritics, no case). */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {
    }

    /** NFC with trimmed, collapsed whitespace; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ").strip();
    }

    /** The non-blank lines of a textarea ("one per line" fields), each trimmed; empty for null. */
    public static java.util.List<String> lines(String s) {
        return s == null ? java.util.List.of() : s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** NFC only, keeping line breaks (for long text such as plan bodies). */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s, Normalizer.Form.NFC);
    }

    /** Lower case without diacritics, đ → d: "Phước Sang" → "phuoc sang". */
    public static String fold(String s) {
        if (s == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }
}
