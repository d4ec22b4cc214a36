package vn.gandan.imports;

import java.util.Objects;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.IdentityCandidates.Identity;

/**
 * The scorer's own field scores ({@code score_import.py}: {@code score_field}) for a document's identity: the number exact,
 * the symbol after {@link ScorerPort#symkey} (NFC, markdown marks and the ends' punctuation dropped, case folded, a leading
 * "số" dropped, every dash one hyphen, no spaces), the date a third per day, month and year (a null date is one with no parts).
 */
final class IdentityScore {

    /** The gold identity and which of the three fields the gold file has (a field it lacks is not scored). */
    record Gold(Identity identity, boolean number, boolean symbol, boolean date) {
    }

    /** The three field scores of one candidate. */
    record Fields(double number, double symbol, double date) {
    }

    private IdentityScore() {
    }

    static Fields fields(Identity gold, Identity pred) {
        return new Fields(Objects.equals(gold.number(), pred.number()) ? 1 : 0,
                Objects.equals(ScorerPort.symkey(gold.symbol()), ScorerPort.symkey(pred.symbol())) ? 1 : 0, date(gold.date(), pred.date()));
    }

    /** The label: the mean of the fields the gold has. */
    static double label(Gold gold, Identity pred) {
        Fields f = fields(gold.identity(), pred);
        double sum = (gold.number() ? f.number() : 0) + (gold.symbol() ? f.symbol() : 0) + (gold.date() ? f.date() : 0);
        int n = (gold.number() ? 1 : 0) + (gold.symbol() ? 1 : 0) + (gold.date() ? 1 : 0);
        return n == 0 ? 0 : sum / n;
    }

    static double date(DateParts g, DateParts p) {
        DateParts a = g == null ? DateParts.BLANK : g;
        DateParts b = p == null ? DateParts.BLANK : p;
        return ((Objects.equals(a.day(), b.day()) ? 1 : 0) + (Objects.equals(a.month(), b.month()) ? 1 : 0)
                + (Objects.equals(a.year(), b.year()) ? 1 : 0)) / 3.0;
    }
}
