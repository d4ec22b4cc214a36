package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.documents.Layout;
import vn.gandan.org.UnitKind;
import vn.gandan.plans.PlanContent.Item;
import vn.gandan.plans.PlanContent.Section;
import vn.gandan.plans.PlanContent.Signer;
import vn.gandan.shared.ProblemException;

class PlanLifecycleTests {

    static final PlanDocuments.IssuerInfo PHONG = new PlanDocuments.IssuerInfo("UBND xã Phước Thành",
            "Phòng Giáo dục và Đào tạo", "PGDĐT", UnitKind.PHONG_GDDT);
    static final PlanDocuments.IssuerInfo DANG_UY = new PlanDocuments.IssuerInfo("Đảng bộ tỉnh Bình Dương",
            "Đảng ủy xã Phước Thành", "ĐU", UnitKind.DANG_UY);

    static PlanContent content(String title) {
        return new PlanContent(title, "Phú Giáo", new PlanContent.Period("YEAR", "2026"), List.of(),
                List.of(new Section("MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", List.of()),
                        new Section("NHIỆM VỤ TRỌNG TÂM", null, List.of(
                                new Item("Tuyên truyền", "quán triệt văn bản", List.of("Tổ chức hội nghị", "Đăng tin trên cổng")),
                                new Item("Báo cáo", "trước ngày 15/6", List.of())))),
                List.of(), List.of("Sở GDĐT;", "Lưu: VT."), List.of(new Signer("Nguyễn Văn An", "PHÓ TRƯỞNG PHÒNG", "KT. TRƯỞNG PHÒNG")),
                List.of());
    }

    @Test
    void issuedPlanCannotBeEdited() {
        Plan p = new Plan(1L, PlanKind.KE_HOACH, List.of(10L), content("Kế hoạch A"), null);
        p.replaceContent(content("Kế hoạch B"));
        p.issue(12, "12/KH-PGDĐT", LocalDate.of(2026, 2, 5), true);
        assertThat(p.status()).isEqualTo(Plan.Status.ISSUED);
        assertThatThrownBy(() -> p.replaceContent(content("Kế hoạch C")))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        assertThatThrownBy(() -> p.issue(13, "13/KH-PGDĐT", LocalDate.of(2026, 2, 6), true)).isInstanceOf(ProblemException.class);
        assertThat(p.content().title()).isEqualTo("Kế hoạch B");
    }

    @Test
    void aCorrectionIsANewVersionThatSupersedesTheIssuedPlan() {
        Plan p = new Plan(1L, PlanKind.KE_HOACH, List.of(10L), content("Kế hoạch A"), null);
        p.issue(12, "12/KH-PGDĐT", LocalDate.of(2026, 2, 5), true);
        Plan v2 = p.newVersion();
        assertThat(v2.status()).isEqualTo(Plan.Status.DRAFT);
        assertThat(v2.supersedesPlanId()).isEqualTo(1L);
        v2.replaceContent(content("Kế hoạch A (sửa)"));
        p.supersede();
        assertThat(p.status()).isEqualTo(Plan.Status.SUPERSEDED);
    }

    @Test
    void onlyAJointPlanHasSeveralIssuers() {
        assertThatThrownBy(() -> new Plan(null, PlanKind.KE_HOACH, List.of(1L, 2L), content("x"), null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new Plan(null, PlanKind.KE_HOACH_PHOI_HOP, List.of(1L, 2L), content("x"), null).issuerUnitIds()).hasSize(2);
    }

    @Test
    void planBecomesAnOfficialDocumentWithNumberedSectionsItemsAndSubItems() {
        Plan p = new Plan(1L, PlanKind.KE_HOACH, List.of(10L), content("Thực hiện công tác dân vận năm 2026"), null);
        p.issue(12, "12/KH-PGDĐT", LocalDate.of(2026, 2, 5), true);
        var doc = PlanDocuments.toDocument(p, List.of(PHONG), List.of("Kế hoạch số 25/KH-SGDĐT ngày 15/01/2026 của Sở GDĐT"));
        assertThat(doc.layout()).isEqualTo(Layout.ND30);
        assertThat(doc.numberLine()).isEqualTo("Số: 12/KH-PGDĐT");
        assertThat(doc.blocks()).extracting(OfficialDocumentLine::of).containsExactly(
                "Căn cứ Kế hoạch số 25/KH-SGDĐT ngày 15/01/2026 của Sở GDĐT;",
                "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", "II. NHIỆM VỤ TRỌNG TÂM",
                "1. Tuyên truyền: quán triệt văn bản", "a) Tổ chức hội nghị", "b) Đăng tin trên cổng",
                "2. Báo cáo: trước ngày 15/6");
        assertThat(doc.signatures().get(0).authorityLine()).isEqualTo("KT. TRƯỞNG PHÒNG");
        var party = PlanDocuments.toDocument(p, List.of(DANG_UY), List.of());
        assertThat(party.layout()).isEqualTo(Layout.PARTY);
        assertThat(party.blocks().get(0).line()).isEqualTo("I- MỤC ĐÍCH, YÊU CẦU");
    }

    @Test
    void issuingListsTheMissingRequiredElements() {
        var empty = new PlanContent("Kế hoạch", "", new PlanContent.Period("YEAR", "2026"), null, null, null, null, null, null);
        Plan p = new Plan(null, PlanKind.KE_HOACH, List.of(10L), empty, null);
        assertThat(PlanDocuments.missingForIssue(p, List.of(PHONG))).containsExactly("place", "signers", "recipients");
        Plan ok = new Plan(null, PlanKind.KE_HOACH, List.of(10L), content("Kế hoạch"), null);
        assertThat(PlanDocuments.missingForIssue(ok, List.of(PHONG))).isEmpty();
    }

    /** Helper to read a block as printed. */
    static final class OfficialDocumentLine {
        static String of(vn.gandan.documents.OfficialDocument.Block b) {
            return b.line();
        }
    }

    @Test
    void progressRollsUpFromOwnTasksAndImplementingPlansAtEveryLevel() {
        // Sở 1 (no tasks) ← Phòng 2 (own 40 %) ← schools 3 (100 %) and 4 (0 %); school 5 has neither
        java.util.Map<Long, List<Long>> children = java.util.Map.of(1L, List.of(2L), 2L, List.of(3L, 4L, 5L));
        java.util.Map<Long, Integer> own = java.util.Map.of(2L, 40, 3L, 100, 4L, 0);
        assertThat(PlanCoverage.rollUp(2L, children, own, new java.util.HashSet<>())).isEqualTo(45);
        assertThat(PlanCoverage.rollUp(1L, children, own, new java.util.HashSet<>())).isEqualTo(45);
        assertThat(PlanCoverage.rollUp(5L, children, own, new java.util.HashSet<>())).isNull();
        // a cycle in the bases graph does not loop
        assertThat(PlanCoverage.rollUp(1L, java.util.Map.of(1L, List.of(2L), 2L, List.of(1L)), java.util.Map.of(2L, 10),
                new java.util.HashSet<>())).isEqualTo(10);
    }
}
