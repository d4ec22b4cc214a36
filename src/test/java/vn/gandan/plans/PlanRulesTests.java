package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;
import vn.gandan.plans.PlanContent.BaseRef;
import vn.gandan.plans.PlanContent.ReportDeadline;
import vn.gandan.plans.PlanContent.Section;
import vn.gandan.plans.PlanContent.Signer;
import vn.gandan.shared.ProblemException;

/** Rules of issue #3 on the real database: cascade, coverage, joint plans, corrections, linked citations. */
@SpringBootTest
@ActiveProfiles("test")
class PlanRulesTests {

    static final AtomicInteger SEQ = new AtomicInteger();
    static final LocalDate FROM = LocalDate.of(2020, 1, 1);

    @Autowired
    PlanService plans;
    @Autowired
    PlanQueries queries;
    @Autowired
    PlanCoverage coverage;
    @Autowired
    UnitAdmin units;

    @BeforeEach
    void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long unit(String prefix, String shortName, UnitKind kind, Long parent) {
        int n = SEQ.incrementAndGet();
        return units.create(new UnitAdmin.NewUnit("PLANRULE-" + n, prefix + " " + n, shortName, kind, null, "Phú Giáo",
                parent, FROM)).id();
    }

    static PlanCommand command(PlanKind kind, List<Long> issuers, String title, List<BaseRef> bases,
                               List<ReportDeadline> deadlines, List<PlanCommand.Task> tasks) {
        return new PlanCommand(kind, issuers, title, new PlanContent.Period("YEAR", "2026"), "Phú Giáo", bases,
                List.of(new Section("MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", List.of()),
                        new Section("NHIỆM VỤ", null, List.of(new PlanContent.Item("Đối thoại", "hằng năm", List.of())))),
                tasks, deadlines, List.of("Lưu: VT"),
                issuers.stream().map(i -> new Signer("Người ký " + i, "TRƯỞNG PHÒNG", null)).toList(), List.of());
    }

    @Test
    void derivedPlanCitesItsParentAndTheParentsBases() {
        long phong = unit("Phòng", "PGD", UnitKind.PHONG_GDDT, null);
        long school = unit("Trường", "TR", UnitKind.TRUONG, phong);
        PlanView parent = plans.issue(plans.create(command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch dân vận 2026",
                List.of(new BaseRef(null, "Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị")), List.of(),
                List.of(new PlanCommand.Task("Đối thoại", school, List.of(), LocalDate.of(2026, 6, 15), "ONCE"),
                        new PlanCommand.Task("Việc của Phòng", phong, List.of(), LocalDate.of(2026, 6, 15), "ONCE")))).id());
        PlanView derived = plans.derive(parent.id(), school);
        assertThat(derived.status()).isEqualTo(Plan.Status.DRAFT);
        assertThat(derived.issuerUnitIds()).containsExactly(school);
        assertThat(derived.parentPlanId()).isEqualTo(parent.id());
        assertThat(derived.baseRefs()).first().isEqualTo(new BaseRef(parent.id(), null));
        assertThat(derived.baseRefs()).extracting(BaseRef::citation).anyMatch(c -> c != null && c.contains("23-QĐ/TW"));
        // the Politburo's decision is in the registry (pre-loaded from the seeds' citations): the basis links to it
        assertThat(parent.baseRefs()).filteredOn(b -> b.citation() != null && b.citation().contains("23-QĐ/TW"))
                .singleElement().satisfies(b -> assertThat(b.legalDocumentId()).isNotNull());
        assertThat(derived.sections()).extracting(Section::heading).containsExactly("MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ");
        assertThat(derived.tasks()).extracting(PlanView.TaskView::title).containsExactly("Đối thoại");
        assertThat(queries.ancestors(derived.id())).extracting(PlanQueries.PlanSummary::id).containsExactly(parent.id());
        assertThat(queries.document(derived.id()).blocks().get(0).text()).startsWith("Căn cứ Kế hoạch số " + parent.numberSymbol());
    }

    @Test
    void derivedReportDeadlinesComeTheConfiguredWorkingDaysEarlierSkippingTet() {
        long phong = unit("Phòng", "PGD", UnitKind.PHONG_GDDT, null);
        long school = unit("Trường", "TR", UnitKind.TRUONG, phong);
        PlanView parent = plans.issue(plans.create(command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch", List.of(),
                List.of(new ReportDeadline("QUARTER_1", LocalDate.of(2026, 2, 27)),
                        new ReportDeadline("ANNUAL", LocalDate.of(2026, 12, 1))), List.of())).id());
        PlanView derived = plans.derive(parent.id(), school);
        // 5 working days before Friday 27/02/2026: 26, 25, 24, 23 — then Tết (14–22/02) is skipped — 13/02
        // … and go to the issuer of the plan the school implements
        String phongName = queries.document(parent.id()).issuers().get(0).name();
        assertThat(derived.reportDeadlines()).containsExactly(
                new ReportDeadline("QUARTER_1", LocalDate.of(2026, 2, 13), phongName),
                new ReportDeadline("ANNUAL", LocalDate.of(2026, 11, 24), phongName));
    }

    @Test
    void coverageCountsIssuedDraftAndMissingImplementersButNotTheInspectionBoard() {
        long phong = unit("Phòng", "PGD", UnitKind.PHONG_GDDT, null);
        long a = unit("Trường A", "TA", UnitKind.TRUONG, phong);
        long b = unit("Trường B", "TB", UnitKind.TRUONG, phong);
        unit("Trường C", "TC", UnitKind.TRUONG, phong);
        unit("Ban TTND", "BTTND", UnitKind.BAN_THANH_TRA_NHAN_DAN, phong);
        PlanView parent = plans.issue(plans.create(command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch", List.of(),
                List.of(), List.of())).id());
        PlanView ofA = plans.derive(parent.id(), a);
        plans.update(ofA.id(), command(PlanKind.KE_HOACH, List.of(a), "Kế hoạch của trường A",
                List.of(new BaseRef(parent.id(), null)), List.of(), List.of()));
        plans.issue(ofA.id());
        plans.derive(parent.id(), b);
        PlanCoverage.Coverage c = coverage.coverage(parent.id());
        assertThat(c.expected()).isEqualTo(3);
        assertThat(c.implemented()).isEqualTo(1);
        assertThat(c.drafts()).isEqualTo(1);
        assertThat(c.missing()).isEqualTo(1);
        assertThat(c.units()).filteredOn(u -> u.unitId() == a).singleElement()
                .satisfies(u -> assertThat(u.planId()).isEqualTo(ofA.id()));
        assertThat(c.units()).filteredOn(u -> u.unitId() == b).singleElement()
                .satisfies(u -> assertThat(u.planId()).isNull());
    }

    @Test
    void aJointPlanIsNumberedKhphWithTheCoIssuersAbbreviationsAndHasASignatureBlockPerIssuer_defect12() {
        long banDanVan = unit("Ban Dân vận", "BDV", UnitKind.BAN_DAN_VAN, null);
        long phong = unit("Phòng", "PGDĐT", UnitKind.PHONG_GDDT, null);
        PlanView joint = plans.issue(plans.create(command(PlanKind.KE_HOACH_PHOI_HOP, List.of(banDanVan, phong),
                "Phối hợp thực hiện công tác dân vận", List.of(), List.of(), List.of())).id());
        assertThat(joint.numberSymbol()).matches("\\d{2}-KHPH/BDV-PGDĐT");
        assertThat(joint.symbol()).isEqualTo("KHPH/BDV-PGDĐT");
        var doc = queries.document(joint.id());
        assertThat(doc.issuers()).hasSize(2);
        assertThat(doc.signatures()).hasSize(2);
        assertThat(doc.kindName()).isEqualTo("KẾ HOẠCH PHỐI HỢP");
    }

    @Test
    void aCongVanOpensWithKinhGuiItsAddresseesButNotTheFilingLines_defect12() {
        long phong = unit("Phòng", "PGDĐT", UnitKind.PHONG_GDDT, null);
        PlanCommand c = command(PlanKind.CONG_VAN, List.of(phong), "V/v báo cáo công tác dân vận", List.of(), List.of(),
                List.of());
        PlanCommand letter = new PlanCommand(c.kind(), c.issuerUnitIds(), c.title(), c.period(), c.place(), c.baseRefs(),
                c.sections(), c.tasks(), c.reportDeadlines(), List.of("Các trường tiểu học", "Các trường THCS", "Như trên",
                "Lưu: VT"), c.signers(), c.footnotes());
        var doc = queries.document(plans.create(letter).id());
        assertThat(doc.blocks()).extracting(vn.gandan.documents.OfficialDocument.Block::text).startsWith(
                "Kính gửi:", "- Các trường tiểu học;", "- Các trường THCS.");
        assertThat(PlanDocuments.kinhGui(List.of("Trường Tiểu học Phước Sang", "Lưu: VT")))
                .extracting(vn.gandan.documents.OfficialDocument.Block::text).containsExactly("Kính gửi: Trường Tiểu học Phước Sang.");
    }

    @Test
    void anIssuedPlanCannotBeEditedAndItsCorrectionSupersedesItWhenIssued() {
        long phong = unit("Phòng", "PGD", UnitKind.PHONG_GDDT, null);
        PlanView issued = plans.issue(plans.create(command(PlanKind.KE_HOACH, List.of(phong), "Bản đầu", List.of(),
                List.of(), List.of())).id());
        assertThatThrownBy(() -> plans.update(issued.id(), command(PlanKind.KE_HOACH, List.of(phong), "Sửa", List.of(),
                List.of(), List.of())))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(409));
        PlanView correction = plans.newVersion(issued.id());
        assertThat(correction.supersedesPlanId()).isEqualTo(issued.id());
        PlanView reissued = plans.issue(correction.id());
        assertThat(reissued.number()).isEqualTo(issued.number() + 1);
        assertThat(queries.get(issued.id()).status()).isEqualTo(Plan.Status.SUPERSEDED);
    }

    @Test
    void theIssuerBlockPrintsTheGoverningBodyWhenSetElseTheParent() {
        long so = unit("Sở", "SGDĐT", UnitKind.SO_GDDT, null);
        long phong = unit("Phòng", "PGDĐT", UnitKind.PHONG_GDDT, so);
        PlanView ofPhong = plans.create(command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch", List.of(), List.of(), List.of()));
        assertThat(queries.document(ofPhong.id()).issuers().get(0).superior()).startsWith("Sở ");
        units.setGoverningBody(phong, "Ủy ban nhân dân huyện Phú Giáo");
        assertThat(queries.document(ofPhong.id()).issuers().get(0).superior()).isEqualTo("Ủy ban nhân dân huyện Phú Giáo");
    }

    @Test
    void aCitationOfAPlanIssuedInTheSystemIsLinkedToIt() {
        long so = unit("Sở", "SGDĐT", UnitKind.SO_GDDT, null);
        long phong = unit("Phòng", "PGDĐT", UnitKind.PHONG_GDDT, so);
        PlanView ofSo = plans.issue(plans.create(command(PlanKind.KE_HOACH, List.of(so), "Kế hoạch của Sở", List.of(),
                List.of(), List.of())).id());
        LocalDate d = ofSo.issueDate();
        String citation = "Kế hoạch số %s ngày %d/%d/%d của Sở GDĐT về công tác dân vận".formatted(ofSo.numberSymbol(),
                d.getDayOfMonth(), d.getMonthValue(), d.getYear());
        PlanView ofPhong = plans.create(command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch của Phòng",
                List.of(new BaseRef(null, citation)), List.of(), List.of()));
        assertThat(ofPhong.baseRefs()).containsExactly(new BaseRef(ofSo.id(), citation));
        assertThat(queries.descendants(ofSo.id())).extracting(PlanQueries.PlanSummary::id).containsExactly(ofPhong.id());
    }

    @Test
    void aLowerLevelsReportDeadlineFallsBeforeTheUpperLevelsForTheSamePeriod_E3() {
        long so = unit("Sở GDĐT", "SGDĐT", UnitKind.SO_GDDT, null);
        long phong = unit("Phòng GDĐT", "PGDĐT", UnitKind.PHONG_GDDT, so);
        PlanView ofSo = plans.issue(plans.create(command(PlanKind.KE_HOACH, List.of(so), "Kế hoạch của Sở", List.of(),
                List.of(new ReportDeadline("ANNUAL", LocalDate.of(2026, 12, 1))), List.of())).id());
        assertThatThrownBy(() -> plans.create(command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch của Phòng",
                List.of(new BaseRef(ofSo.id(), null)), List.of(new ReportDeadline("ANNUAL", LocalDate.of(2026, 12, 1))), List.of())))
                .isInstanceOfSatisfying(vn.gandan.shared.ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(422);
                    assertThat(e.fieldProblems()).extracting(vn.gandan.shared.FieldProblem::field)
                            .containsExactly("reportDeadlines[0].due");
                });
        assertThat(plans.create(command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch của Phòng", List.of(new BaseRef(ofSo.id(), null)),
                List.of(new ReportDeadline("ANNUAL", LocalDate.of(2026, 11, 24))), List.of())).status()).isEqualTo(Plan.Status.DRAFT);
    }

    @Test
    void aTaskGivenToManyUnitsBecomesOneTaskPerUnitAndThePlanPrintsItsAssignmentTable_defect7() {
        long phong = unit("Phòng GDĐT", "PGDĐT", UnitKind.PHONG_GDDT, null);
        long a = unit("Trường Tiểu học", "THA", UnitKind.TRUONG, phong);
        long b = unit("Trường Tiểu học", "THB", UnitKind.TRUONG, phong);
        PlanCommand c = command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch phân công", List.of(), List.of(),
                List.of(new PlanCommand.Task("Tổ chức đối thoại", null, List.of(phong), LocalDate.of(2026, 6, 15), "ONCE",
                        List.of(a, b))));
        PlanCommand dashed = new PlanCommand(c.kind(), c.issuerUnitIds(), c.title(), c.period(), c.place(), c.baseRefs(),
                c.sections(), c.tasks(), c.reportDeadlines(), List.of("- Sở GDĐT;", "– Lưu: VT."), c.signers(), c.footnotes());
        PlanView plan = plans.create(dashed);
        assertThat(plan.tasks()).extracting(PlanView.TaskView::leadUnitId).containsExactly(a, b);
        assertThat(plan.recipients()).containsExactly("Sở GDĐT;", "Lưu: VT.");
        var doc = queries.document(plan.id());
        assertThat(doc.blocks()).anySatisfy(x -> assertThat(x.text()).isEqualTo("PHÂN CÔNG NHIỆM VỤ"));
        var table = doc.blocks().stream().filter(x -> x.table() != null).findFirst().orElseThrow().table();
        assertThat(table.rows()).singleElement().satisfies(r -> {
            assertThat(r.get(1)).isEqualTo("Tổ chức đối thoại");
            assertThat(r.get(2)).contains("Trường Tiểu học");
            assertThat(r.get(3)).startsWith("Phòng GDĐT");
            assertThat(r.get(4)).isEqualTo("15/06/2026");
        });
    }

    @Test
    void aSectionWithOnlyAHeadingIsNotIssuedWithoutWarning_defect7() {
        long phong = unit("Phòng GDĐT", "PGDĐT", UnitKind.PHONG_GDDT, null);
        PlanCommand c = command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch có mục trống", List.of(), List.of(), List.of());
        List<Section> sections = new java.util.ArrayList<>(c.sections());
        sections.add(new Section("TỔ CHỨC THỰC HIỆN", null, List.of()));
        PlanView plan = plans.create(new PlanCommand(c.kind(), c.issuerUnitIds(), c.title(), c.period(), c.place(),
                c.baseRefs(), sections, c.tasks(), c.reportDeadlines(), c.recipients(), c.signers(), c.footnotes()));
        assertThat(queries.missingForIssue(plan.id())).contains("emptySection");
        assertThatThrownBy(() -> plans.issue(plan.id())).isInstanceOfSatisfying(ProblemException.class,
                e -> assertThat(e.status()).isEqualTo(422));
    }
}
