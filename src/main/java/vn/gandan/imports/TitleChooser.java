package vn.gandan.imports;

import java.util.List;

/**
 * The title hook: where the learned choice is on, the title is the candidate (of {@link TitleCandidates}) that the weights in
 * {@code imports/title-ranker.tsv} score highest, the rules' answer being one candidate among them; else the rules' answer
 * stands. Switched by {@link ImportSwitches#titleRanker()}; off by default.
 */
final class TitleChooser {

    static final String RESOURCE = "imports/title-ranker.tsv";
    /** Whether the shipped weights were trained with the rules' choice as a feature (the (R) variant). */
    static final boolean WITH_RULES = true;

    /** The weights, read on first use (class initialisation is lazy and thread-safe). */
    private static final class Holder {
        static final LinearRanker RANKER = LinearRanker.resource(RESOURCE);
    }

    private TitleChooser() {
    }

    static boolean on() {
        return ImportSwitches.current().titleRanker();
    }

    /** The title to give: the rules' {@code rules} when the hook is off, else the ranker's choice among the candidates. */
    static String chosen(Extractor.Source s, String rules) {
        if (!on()) {
            return rules;
        }
        return choose(TitleCandidates.of(s, rules), TitleCandidates.landmarks(s.d().lines), Holder.RANKER, WITH_RULES, rules);
    }

    /** The best-scoring candidate's text (null for "none"); the rules' answer where there is no candidate to weigh. */
    static String choose(List<TitleCandidates.Candidate> all, TitleCandidates.Landmarks at, LinearRanker r, boolean withRules, String rules) {
        List<TitleCandidates.Candidate> candidates = withRules ? all : all.stream().filter(c -> !c.rulesOnly()).toList();
        int best = r.best(TitleFeatures.of(candidates, at, withRules));
        return best < 0 ? rules : candidates.get(best).text();
    }
}
