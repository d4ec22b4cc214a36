package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.Extraction.DateParts;
import vn.gandan.imports.IdentityCandidates.Candidate;
import vn.gandan.imports.IdentityCandidates.Identity;
import vn.gandan.imports.IdentityMentions.Mention;

/** The identity chooser's readers (mentions, dates, candidates) and its trained weights, on short texts of each shape. */
class IdentityChooserTests {

    private static final String NEWS = """
            Triển khai công tác tuyên truyền năm 2025
            Thực hiện Kế hoạch số 12-KH/TU ngày 02/01/2025 của Ban Thường vụ Tỉnh ủy, Ban Tuyên giáo Huyện ủy vừa ban hành Kế hoạch số 45-KH/BTGHU ngày 10/3/2025 về tuyên truyền kỷ niệm các ngày lễ lớn năm 2025.
            Kế hoạch đề ra mục đích, yêu cầu và các nội dung tuyên truyền trọng tâm.
            """;

    @AfterEach
    void off() {
        ImportSwitches.use(ImportSwitches.DEFAULT);
    }

    @Test
    void aMentionCarriesItsKindWordNumberSymbolAttachedDateAndWhatPrecedesIt() {
        List<Mention> ms = IdentityMentions.of(List.of("Thực hiện Kế hoạch số 12-KH/TU ngày 02/01/2025 của Tỉnh ủy, Ban Tuyên giáo vừa ban hành"
                + " Kế hoạch số 45-KH/BTGHU ngày 10/3/2025 về tuyên truyền."));
        assertThat(ms).extracting(Mention::number).containsExactly(12, 45);
        assertThat(ms).extracting(Mention::symbol).containsExactly("KH/TU", "KH/BTGHU");
        assertThat(ms.get(1).date()).isEqualTo(new DateParts(10, 3, 2025));
        assertThat(ms.get(0).sentenceStart()).startsWith("Thực hiện");
        assertThat(ms.get(1).before()).endsWith("vừa ban hành ");
        assertThat(IdentityFeatures.based(ms.get(0))).isTrue();
    }

    @Test
    void numberOnlySymbolOnlyAndBareCellMentions() {
        List<Mention> ms = IdentityMentions.of(List.of("Kế hoạch số 08 về tổ chức hội thi.", "Công văn số /SGDĐT-VP gửi các trường."),
                List.of("Số ký hiệu", "3345/BGDĐT-PC"));
        assertThat(ms).extracting(Mention::number).containsExactly(8, null, 3345);
        assertThat(ms).extracting(Mention::symbol).containsExactly(null, "SGDĐT-VP", "BGDĐT-PC");
    }

    @Test
    void aSymbolPartNeverRunsOnIntoDigits() {
        assertThat(IdentityMentions.of(List.of("Thông tư số 19/2018/TT-BGDĐT10/10/2018Bộ Giáo dục")).get(0).symbol()).isEqualTo("2018/TT-BGDĐT");
    }

    @Test
    void placeDateLinesOfHeadAndFoot() {
        var dates = IdentityDates.of(List.of("ỦY BAN NHÂN DÂN", "Hà Nội, ngày 5 tháng 8 năm 2019", "Nội dung."));
        assertThat(dates).extracting(IdentityDates.Dated::date).containsExactly(new DateParts(5, 8, 2019));
        assertThat(dates.get(0).placed()).isTrue();
        assertThat(dates.get(0).words()).isTrue();
    }

    @Test
    void equalTriplesAreOneCandidateThatRemembersEverySource() {
        Identity rules = new Identity(45, "KH-UBND", new DateParts(1, 2, 2025));
        var steps = new IdentityCandidates.Steps(rules, new Identity(null, null, null), null, new Identity(45, "kh – ubnd", new DateParts(1, 2, 2025)), null);
        List<Candidate> cs = IdentityCandidates.of(steps, List.of(), List.of());
        assertThat(cs.get(0).identity()).isEqualTo(rules);
        assertThat(cs.get(0).sources()).contains("rules", "meta");
        assertThat(cs.get(1).identity()).isEqualTo(Identity.NONE);
    }

    @Test
    void theTrainedWeightsLoadAndChooseTheIssuedDocumentOverTheOneCarriedOut() {
        LinearRanker r = LinearRanker.resource(IdentityChooser.WEIGHTS);
        assertThat(r.weights()).isNotEmpty().allSatisfy((k, v) -> assertThat(k).doesNotStartWith("rules_"));
        ImportSwitches.use(new ImportSwitches(ImportSwitches.Ranker.ON, false));
        Extraction e = Extractor.extract("news.txt", NEWS);
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("KH/BTGHU");
    }

    @Test
    void switchedOffOrGatedTheRulesTripleStandsWhereItNamesADocument() {
        ImportSwitches.use(ImportSwitches.DEFAULT);
        Extractor.Source s = Extractor.source(NEWS);
        Identity rules = new Identity(12, "KH/TU", null);
        assertThat(IdentityChooser.choose(s, rules, "KE_HOACH", List.of())).isSameAs(rules);
        ImportSwitches.use(new ImportSwitches(ImportSwitches.Ranker.GATED, false));
        assertThat(IdentityChooser.choose(s, rules, "KE_HOACH", List.of())).isSameAs(rules);
        assertThat(IdentityChooser.choose(s, Identity.NONE, "KE_HOACH", List.of()).number()).isEqualTo(45);
    }
}
