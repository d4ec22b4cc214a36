package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TitleChooserTests {

    private static final String HEADER = TitleCandidatesTests.HEADER;

    @Test
    void theShippedWeightsLoadAndNameOnlyFeaturesOfTheFixedGrammar() {
        LinearRanker r = LinearRanker.resource(TitleChooser.RESOURCE);
        assertThat(r.weights()).isNotEmpty().containsKey("rules_chose");
        assertThat(r.weights().keySet()).allMatch(k -> k.matches("[a-z0-9_]+"));
    }

    @Test
    void withTheShippedWeightsAHeaderedPlanKeepsTheLineUnderItsKindLine() {
        Extractor.Source s = Extractor.source(HEADER);
        List<TitleCandidates.Candidate> cs = TitleCandidates.of(s, "Tổ chức ngày hội đọc sách năm 2024");
        String chosen = TitleChooser.choose(cs, TitleCandidates.landmarks(s.d().lines), LinearRanker.resource(TitleChooser.RESOURCE), true, null);
        assertThat(chosen).isEqualTo("Tổ chức ngày hội đọc sách năm 2024");
    }

    @Test
    void aPureRankerNeverSeesTheCandidateOnlyTheRulesProposed() {
        Extractor.Source s = Extractor.source(HEADER);
        List<TitleCandidates.Candidate> cs = TitleCandidates.of(s, "Một tên không dòng nào có");
        LinearRanker likesRulesAlone = new LinearRanker(Map.of("generators", -5.0));
        assertThat(TitleChooser.choose(cs, TitleCandidates.landmarks(s.d().lines), likesRulesAlone, false, null)).isNotEqualTo("Một tên không dòng nào có");
    }

    @Test
    void offByDefault() {
        assertThat(ImportSwitches.DEFAULT.titleRanker()).isFalse();
        assertThat(TitleChooser.chosen(Extractor.source(HEADER), "the rules' own")).isEqualTo("the rules' own");
    }
}
