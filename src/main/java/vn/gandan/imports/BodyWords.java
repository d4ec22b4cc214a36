package vn.gandan.imports;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import vn.gandan.shared.Texts;

/**
 * Whether two names of bodies name the same body, judged on their words the way the corpus scorer judges an issuer: the
 * folded word sets (case, diacritics and punctuation aside) agreeing at 0.8 Dice ("Ủy ban MTTQ Việt Nam tỉnh X" / "Ủy ban
 * MTTQ VN tỉnh X" are one body; "Hội Cựu chiến binh tỉnh" / "Công an tỉnh" are two). Used where a step must tell a body it
 * already chose from another one a text names ({@link LeadDefault#apart}, {@link JointParties#completed}).
 */
final class BodyWords {

    private BodyWords() {
    }

    /** The name's words, folded and in small letters, without punctuation ("(MTTQ)" is "mttq"). */
    static Set<String> of(String name) {
        return Arrays.stream(Texts.fold(name).toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")).filter(w -> !w.isEmpty())
                .collect(Collectors.toSet());
    }

    /** The two word sets agree at 0.8 Dice or more. */
    static boolean similar(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && 2.0 * a.stream().filter(b::contains).count() / (a.size() + b.size()) >= 0.8;
    }
}
