package vn.gandan.imports;

import java.util.regex.Pattern;
import vn.gandan.shared.Texts;

/**
 * Session 24: the enacting authority of a collective body's decision or resolution — the body's name alone in capitals on the
 * line right above its bases, under the title (NĐ 30: "QUYẾT ĐỊNH" / "Về việc …" / "ỦY BAN NHÂN DÂN TỈNH …" / "Căn cứ …").
 * A page that lost its header column (a library record, a data set's row glued onto the header's first line) still names its
 * issuer there. Read only when no other source named an issuer; the line must parse as a body's name (a head word, at least
 * three words), so a heading in capitals over a "Căn cứ" paragraph is not taken.
 */
final class EnactingOrgan {

    private static final Pattern BASES = Pattern.compile("(?iu)^[-–•*\\s]*Căn cứ(?![\\p{L}])");
    private static final int LINES = 150;

    private EnactingOrgan() {
    }

    /** The decision, its issuer read from the enacting line when it had none. */
    static IssuerSignals.Decision filled(IssuerSignals.Decision who, TextLines d) {
        if (!who.issuers().isEmpty()) {
            return who;
        }
        String organ = of(d);
        return organ == null ? who : new IssuerSignals.Decision(java.util.List.of(organ), who.parent(), 0.6);
    }

    /** The body named alone in capitals on the line above the first "Căn cứ", or null. */
    static String of(TextLines d) {
        String previous = null;
        for (int i = 0; i < Math.min(d.lines.size(), LINES); i++) {
            String line = Texts.clean(d.lines.get(i));
            if (line.isEmpty()) {
                continue;
            }
            if (BASES.matcher(line).lookingAt()) {
                return previous == null ? null : organ(previous);
            }
            previous = line;
        }
        return null;
    }

    private static String organ(String line) {
        if (!TextLines.isUpper(line) || line.split(" ").length < 3 || line.length() > 120) {
            return null;
        }
        String name = UnitNames.clip(line);
        return name != null && name.equals(line) && NameGrammar.headed(name) && UnitNames.wellFormed(name) ? name : null;
    }
}
