package vn.gandan.imports;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The corpus scorer's title score (score_import.py {@code score_field("title", …)}): 1 when gold and prediction are equal
 * after its {@code norm}, 0.5 when they share at least 80 % of their words (Dice), else 0; a null gold is matched only by
 * a null prediction.
 */
final class TitleScore {

    private static final Pattern WORD = Pattern.compile("(?U)\\w+");

    private TitleScore() {
    }

    static double score(String gold, String predicted) {
        String g = TitleCandidates.key(gold);
        String p = TitleCandidates.key(predicted);
        if (Objects.equals(g, p)) {
            return 1.0;
        }
        return similar(g, p) ? 0.5 : 0.0;
    }

    private static boolean similar(String a, String b) {
        if (a == null || a.isEmpty() || b == null || b.isEmpty()) {
            return Objects.equals(a, b);
        }
        Set<String> ta = words(a);
        Set<String> tb = words(b);
        Set<String> both = new HashSet<>(ta);
        both.retainAll(tb);
        return !ta.isEmpty() && !tb.isEmpty() && 2.0 * both.size() / (ta.size() + tb.size()) >= 0.8;
    }

    private static Set<String> words(String s) {
        Set<String> out = new HashSet<>();
        Matcher m = WORD.matcher(s);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }
}
