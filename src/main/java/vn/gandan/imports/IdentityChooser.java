package vn.gandan.imports;

import java.util.List;
import vn.gandan.imports.IdentityCandidates.Candidate;
import vn.gandan.imports.IdentityCandidates.Identity;

/**
 * Session 23: the learned choice of a header-less text's identity (number, symbol and date together) among the
 * {@link IdentityCandidates}, by a {@link LinearRanker} trained on the tuning parts' gold ({@code imports/identity-ranker.tsv},
 * written by {@code IdentityRankerTraining}). A text with a header block keeps the rules' triple. Behind the switch
 * {@link ImportSwitches#identity()} so both can be scored: {@code ON} (every header-less text), {@code GATED} (only where the
 * rules named no document: number and symbol empty), {@code OFF} (the rules alone; the default, because the tuning parts'
 * figures — where the rules were tuned — drop with the ranker on; see docs/imports-history.md, session 23).
 */
final class IdentityChooser {

    static final String WEIGHTS = "imports/identity-ranker.tsv";

    /** The candidates of one text and each one's features, in the same order; the rules' triple is candidate 0. */
    record Ranked(List<Candidate> candidates, List<LinearRanker.Features> features) {
    }

    private static final class Holder {
        static final LinearRanker RANKER = LinearRanker.resource(WEIGHTS);
    }

    private IdentityChooser() {
    }

    static boolean on() {
        return ImportSwitches.current().identity() != ImportSwitches.Ranker.OFF;
    }

    /** Whether the chooser decides only where the rules named no document. */
    static boolean gated() {
        return ImportSwitches.current().identity() == ImportSwitches.Ranker.GATED;
    }

    /** Whether the text is one the chooser decides: no header number line and no header date. */
    static boolean decides(Extractor.Source s) {
        return !s.h().numbered() && !s.h().dated();
    }

    /** The ranker's choice for a header-less text, or the rules' triple. */
    static Identity choose(Extractor.Source s, Identity rules, String kind, List<String> issuers) {
        if (!on() || !decides(s) || gated() && (rules.number() != null || rules.symbol() != null)) {
            return rules;
        }
        Ranked r = ranked(s, rules, kind, issuers);
        int best = Holder.RANKER.best(r.features());
        return best < 0 ? rules : r.candidates().get(best).identity();
    }

    static Ranked ranked(Extractor.Source s, Identity rules, String kind, List<String> issuers) {
        HeaderBlock.Header h = s.h();
        WebHeadline.Headline web = s.web();
        PageMetadata.Meta meta = s.meta();
        FieldShapes.Registry reg = FieldShapes.registry(s.d().lines);
        IdentityCandidates.Steps steps = new IdentityCandidates.Steps(rules,
                new Identity(h.number(), h.symbol(), h.date()),
                web == null ? null : new Identity(web.number(), web.symbol(), web.date()),
                meta.numbered() || meta.dated() ? new Identity(meta.number(), meta.symbol(), meta.date()) : null,
                reg == null ? null : new Identity(reg.number(), reg.symbol(), reg.date()));
        List<IdentityMentions.Mention> mentions = IdentityMentions.of(s.d().paras, s.d().lines);
        List<IdentityDates.Dated> dates = IdentityDates.of(s.d().lines);
        List<Candidate> cs = IdentityCandidates.of(steps, mentions, dates);
        IdentityFeatures.Context ctx = IdentityFeatures.context(s.d().lines, kind, issuers, mentions, dates);
        return new Ranked(cs, cs.stream().map(c -> IdentityFeatures.of(c, ctx, rules, cs.size())).toList());
    }
}
