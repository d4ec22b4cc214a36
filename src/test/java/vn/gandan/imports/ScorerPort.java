package vn.gandan.imports;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus scorer's string comparisons ({@code /work/shared/tools/score_import.py}: {@code norm}, {@code tokens},
 * {@code similar}, {@code symkey}) ported for the test-scope field scores ({@link TitleScore}, {@link IdentityScore}) that
 * label a ranker's candidates. {@code ScorerPortTests} pins it to the python on short strings. One known gap, not met in
 * Vietnamese text: lower-casing stands for python's {@code casefold} ("ß" stays "ß", the python gives "ss").
 */
final class ScorerPort {

    private static final Pattern MARKDOWN = Pattern.compile("[*#_`]|\\[bookmark:[^\\]]*\\]");
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+"); // as the python's \s: any Unicode white space, a no-break space too
    private static final Pattern END_PUNCTUATION = Pattern.compile("^[.,:;/ ]+|[.,:;/ ]+$");
    private static final Pattern WORD = Pattern.compile("(?U)\\w+");
    private static final Pattern SO = Pattern.compile("(?U)^(số|so)\\s*");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015\u2212]");

    private ScorerPort() {
    }

    /** {@code norm}: NFC, markdown marks and bookmarks dropped, white space folded, the ends' {@code .,:;/} cut, lower case. */
    static String norm(String s) {
        if (s == null) {
            return null;
        }
        String t = MARKDOWN.matcher(Normalizer.normalize(s, Normalizer.Form.NFC)).replaceAll(" ");
        t = SPACES.matcher(t).replaceAll(" ").strip();
        t = END_PUNCTUATION.matcher(t).replaceAll("");
        return t.toLowerCase(Locale.ROOT);
    }

    /** {@code tokens}: the set of words of the normalised text. */
    static Set<String> tokens(String s) {
        Set<String> out = new HashSet<>();
        String n = norm(s);
        Matcher m = WORD.matcher(n == null ? "" : n);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    /** {@code similar}: equal after {@link #norm}, or a Dice coefficient of the word sets of at least 0.8. */
    static boolean similar(String a, String b) {
        a = norm(a);
        b = norm(b);
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return (a == null || a.isEmpty()) && (b == null || b.isEmpty()) && Objects.equals(a, b);
        }
        if (a.equals(b)) {
            return true;
        }
        Set<String> ta = tokens(a);
        Set<String> tb = tokens(b);
        Set<String> both = new HashSet<>(ta);
        both.retainAll(tb);
        return !ta.isEmpty() && !tb.isEmpty() && 2.0 * both.size() / (ta.size() + tb.size()) >= 0.8;
    }

    /** {@code symkey}: a number / symbol compared without spaces, case or a leading "số", every dash one hyphen. */
    static String symkey(String s) {
        if (s == null) {
            return null;
        }
        String t = SO.matcher(norm(s)).replaceFirst("");
        t = DASHES.matcher(t).replaceAll("-");
        return SPACES.matcher(t).replaceAll("");
    }
}
