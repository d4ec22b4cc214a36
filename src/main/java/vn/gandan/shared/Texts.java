package vn.gandan.shared;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Vietnamese text rules: stored text is NFC; search compares folded text (no diacritics, no case). */
public final class Texts {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /**
     * Invisible characters that only deceive or break: control characters (line breaks are kept by {@link #nfc}),
     * bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069, which make "gpj.exe" look like
     * "exe.jpg"), zero-width characters and the byte order mark (U+FEFF).
     */
    private static final Pattern HIDDEN = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F"
            + "\\u200B\\u200E\\u200F\\u202A-\\u202E\\u2060\\u2066-\\u2069\\uFEFF]");

    private Texts() {
    }

    /** NFC with trimmed, collapsed whitespace and no hidden characters; null stays null. */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String spaced = SPACES.matcher(s).replaceAll(" ");
        return SPACES.matcher(Normalizer.normalize(HIDDEN.matcher(spaced).replaceAll(""), Normalizer.Form.NFC))
                .replaceAll(" ").strip();
    }

    /**
     * Long text of paragraphs (a plan section's or item's body): each line {@link #clean}ed, blank lines dropped, the
     * paragraphs kept one per line ("\n"); null stays null, and text of no paragraph at all is "".
     */
    public static String paragraphs(String s) {
        if (s == null) {
            return null;
        }
        return String.join("\n", lines(HIDDEN.matcher(s).replaceAll("")).stream().map(Texts::clean).filter(x -> !x.isEmpty()).toList());
    }

    /** The non-blank lines of a textarea ("one per line" fields), each trimmed; empty for null. */
    public static java.util.List<String> lines(String s) {
        return s == null ? java.util.List.of() : s.lines().map(String::strip).filter(x -> !x.isEmpty()).toList();
    }

    /** NFC without hidden characters, keeping line breaks and tabs (for long text such as plan bodies). */
    public static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(HIDDEN.matcher(s).replaceAll(""), Normalizer.Form.NFC);
    }

    /** Whether the text carries a hidden character (see {@link #clean}). */
    public static boolean hasHidden(String s) {
        return s != null && HIDDEN.matcher(s).find();
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
