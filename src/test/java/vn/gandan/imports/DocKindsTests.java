package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.plans.PlanCommand;
import vn.gandan.plans.PlanKind;

/**
 * Documents that are not plans, letters or reports keep their real kind (issue 13), and a draft made from a decision
 * is the office's plan implementing it, with the decision as its basis — not the decision passed off as a plan.
 */
class DocKindsTests {

    private static final String DECISION = String.join("\n",
            "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc",
            "Số: 36/2019/QĐ-UBND\tNinh Bình, ngày 12 tháng 8 năm 2019",
            "", "QUYẾT ĐỊNH", "Ban hành Quy chế tổ chức và hoạt động của thôn, tổ dân phố",
            "", "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH", "",
            "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", "", "QUYẾT ĐỊNH:",
            "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của thôn, tổ dân phố.",
            "Điều 2. Quyết định có hiệu lực kể từ ngày 25 tháng 8 năm 2019./.",
            "Nơi nhận:", "- Như Điều 2;", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Đinh Văn Điến");

    @Test
    void aDecisionIsRecognisedAsADecisionNotAPlan() {
        assertThat(Extractor.extract("qd.txt", DECISION).docKind()).isEqualTo("QUYET_DINH");
        assertThat(DocKinds.draft("QUYET_DINH")).isEqualTo(DocKinds.Draft.IMPLEMENTING_PLAN);
    }

    @Test
    void resolutionsDirectivesCircularsAndConclusionsByTheirKindLineOrTheirSymbol() {
        assertThat(Extractor.extract("nq.txt", DECISION.replace("QUYẾT ĐỊNH\nBan", "NGHỊ QUYẾT\nBan").replace("QĐ-UBND", "NQ-HĐND"))
                .docKind()).isEqualTo("NGHI_QUYET");
        assertThat(DocKinds.ofWord("chi thi")).isEqualTo("CHI_THI");
        assertThat(DocKinds.ofSymbol("2001/CT-TTg")).isEqualTo("CHI_THI");
        assertThat(DocKinds.ofSymbol("2019/TT-BGDĐT")).isEqualTo("THONG_TU");
        assertThat(DocKinds.ofSymbol("KL/TW")).isEqualTo("KET_LUAN");
        assertThat(DocKinds.ofSymbol("KH-UBND")).isEqualTo("KE_HOACH");
        assertThat(DocKinds.ofSymbol("CTPH/BDV-PGDĐT")).isEqualTo("KE_HOACH");
    }

    @Test
    void plansLettersAndReportsKeepTheirDrafts() {
        assertThat(DocKinds.draft("KE_HOACH")).isEqualTo(DocKinds.Draft.PLAN);
        assertThat(DocKinds.draft("KE_HOACH_PHOI_HOP")).isEqualTo(DocKinds.Draft.PLAN);
        assertThat(DocKinds.draft("CONG_VAN")).isEqualTo(DocKinds.Draft.LETTER);
        assertThat(DocKinds.draft("BAO_CAO")).isEqualTo(DocKinds.Draft.REPORT);
        assertThat(DocKinds.ALL).contains("QUYET_DINH", "NGHI_QUYET", "CHI_THI", "THONG_TU", "KET_LUAN");
    }

    @Test
    void aDecisionBecomesThePlanImplementingItWithTheDecisionAsItsBasis() {
        ReviewForm f = ReviewForm.from(Extractor.extract("qd.txt", DECISION));
        PlanCommand c = DraftPlanMapping.toCommand(f, 7L);
        String source = "Quyết định số 36/2019/QĐ-UBND ngày 12/08/2019 của Ủy ban nhân dân tỉnh Ninh Bình"; // running text
        assertThat(c.kind()).isEqualTo(PlanKind.KE_HOACH);
        assertThat(c.title()).startsWith("Kế hoạch thực hiện " + source).endsWith(" về ban hành Quy chế tổ chức và hoạt động của thôn, tổ dân phố");
        assertThat(c.baseRefs()).hasSize(1);
        assertThat(c.baseRefs().get(0).citation()).startsWith("Thực hiện " + source);
        assertThat(c.signers()).isEmpty();
        assertThat(c.recipients()).isEmpty();
        assertThat(c.sections().toString()).contains("Điều 1. Ban hành kèm theo Quyết định này");
    }

    @Test
    void aPartyConclusionIsNamedWithItsPartyNumber() {
        ReviewForm f = new ReviewForm();
        f.setKind("KET_LUAN");
        f.setNumber("01");
        f.setSymbol("KL/TW");
        f.setIssueDate("18/05/2021");
        f.setIssuers("Bộ Chính trị");
        f.setTitle("về tiếp tục thực hiện Chỉ thị số 05-CT/TW");
        assertThat(ImplementingPlan.title(f)).isEqualTo("Kế hoạch thực hiện Kết luận số 01-KL/TW ngày 18/05/2021 của Bộ Chính trị "
                + "về tiếp tục thực hiện Chỉ thị số 05-CT/TW");
    }
}
