package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import vn.gandan.plans.PlanCommand;
import vn.gandan.plans.PlanContent;
import vn.gandan.plans.PlanKind;

/** From the reviewed fields of an imported document to a draft plan, and how pending files are kept. */
class DraftPlanMappingTests {

    private static final String PLAN = String.join("\n",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ GIÁO", "Số: 15/KH-PGDĐT", "Phú Giáo, ngày 10 tháng 9 năm 2025", "KẾ HOẠCH",
            "Thực hiện công tác dân vận chính quyền năm học 2025-2026",
            "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận chính quyền;",
            "Căn cứ Kế hoạch số 120/KH-SGDĐT ngày 05/9/2025 của Sở Giáo dục và Đào tạo Bình Dương;",
            "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", "II. NHIỆM VỤ TRỌNG TÂM",
            "1. Tuyên truyền về dân chủ ở cơ sở.", "a) Tổ chức hội nghị.", "b) Đăng tin trên trang thông tin.",
            "2. Xây dựng mô hình dân vận khéo.", "III. TỔ CHỨC THỰC HIỆN",
            "Các trường báo cáo 6 tháng trước ngày 15/01/2026 và báo cáo năm trước ngày 20/5/2026 về Phòng./.",
            "Nơi nhận:", "- Sở GDĐT Bình Dương;", "- Lưu: VT.", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn An");

    static ReviewForm reviewed() {
        return ReviewForm.from(Extractor.extract("kh.txt", PLAN));
    }

    @Test
    void everyBasisIsPassedAsWrittenInTheSourceForPlansToLink() {
        PlanCommand c = DraftPlanMapping.toCommand(reviewed(), 7L);
        assertThat(c.baseRefs()).hasSize(2).allSatisfy(b -> assertThat(b.planId()).isNull());
        assertThat(c.baseRefs().get(0).citation()).startsWith("Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021");
        assertThat(c.baseRefs().get(1).citation()).contains("120/KH-SGDĐT");
        assertThat(c.issuerUnitIds()).containsExactly(7L);
    }

    @Test
    void numberedTasksBecomeItemsOfTheTasksSectionAndNoTaskWithoutALeadUnit() {
        PlanCommand c = DraftPlanMapping.toCommand(reviewed(), 7L);
        assertThat(c.sections()).extracting(PlanContent.Section::heading)
                .containsExactly("MỤC ĐÍCH, YÊU CẦU", "NHIỆM VỤ TRỌNG TÂM", "TỔ CHỨC THỰC HIỆN");
        assertThat(c.sections().get(1).items()).extracting(PlanContent.Item::heading)
                .containsExactly("Tuyên truyền về dân chủ ở cơ sở", "Xây dựng mô hình dân vận khéo");
        assertThat(c.sections().get(0).items()).isEmpty();
        assertThat(c.tasks()).isEmpty();
    }

    @Test
    void tasksWithoutATasksSectionGetTheirOwnSection() {
        ReviewForm f = reviewed();
        f.setOutline(List.of());
        f.setSections("MỤC ĐÍCH\nTỔ CHỨC THỰC HIỆN");
        assertThat(DraftPlanMapping.sections(f)).extracting(PlanContent.Section::heading)
                .containsExactly("MỤC ĐÍCH", "TỔ CHỨC THỰC HIỆN", DraftPlanMapping.TASKS_HEADING);
    }

    @Test
    void schoolYearPeriodAndReportDeadlinesWithTheirDates() {
        ReviewForm f = reviewed();
        assertThat(f.getTasks().get(0).getSubitems()).isEqualTo(2);
        PlanCommand c = DraftPlanMapping.toCommand(f, 7L);
        assertThat(c.period()).isEqualTo(new PlanContent.Period("SCHOOL_YEAR", "2025-2026"));
        assertThat(c.kind()).isEqualTo(PlanKind.KE_HOACH);
        assertThat(c.reportDeadlines()).extracting(PlanContent.ReportDeadline::period, PlanContent.ReportDeadline::due)
                .contains(org.assertj.core.groups.Tuple.tuple("SIX_MONTH", LocalDate.of(2026, 1, 15)),
                        org.assertj.core.groups.Tuple.tuple("ANNUAL", LocalDate.of(2026, 5, 20)));
        // to whom, as the extractor read it (the review screen lets the user correct it)
        f.getDeadlines().forEach(d -> d.setRecipient("Phòng GDĐT"));
        assertThat(DraftPlanMapping.toCommand(f, 7L).reportDeadlines()).extracting(PlanContent.ReportDeadline::recipient)
                .containsOnly("Phòng GDĐT");
        assertThat(c.recipients()).containsExactly("Sở GDĐT Bình Dương", "Lưu: VT");
        assertThat(c.signers()).containsExactly(new PlanContent.Signer("Nguyễn Văn An", "PHÓ TRƯỞNG PHÒNG", "KT. TRƯỞNG PHÒNG"));
        assertThat(c.place()).isEqualTo("Phú Giáo");
    }

    @Test
    void aDeadlineWithoutAYearTakesItFromTheSchoolYearAndOneWithoutADayIsLeftOut() {
        assertThat(ReviewForm.due(new Extraction.DateParts(15, 1, null), "SCHOOL_YEAR", "2025-2026")).isEqualTo("2026-01-15");
        assertThat(ReviewForm.due(new Extraction.DateParts(15, 11, null), "SCHOOL_YEAR", "2025-2026")).isEqualTo("2025-11-15");
        assertThat(ReviewForm.due(new Extraction.DateParts(null, 11, null), "YEAR", "2026")).isNull();
        ReviewForm f = reviewed();
        f.getDeadlines().add(new ReviewForm.DeadlineRow("QUARTERLY", "", "Báo cáo hằng quý"));
        assertThat(DraftPlanMapping.toCommand(f, 7L).reportDeadlines()).noneMatch(d -> d.period().equals("QUARTERLY"));
    }

    @Test
    void correctionsTypedOnTheReviewScreenWin() {
        ReviewForm f = reviewed();
        f.setTitle("Kế hoạch đã sửa");
        f.setKind("CONG_VAN");
        f.setBases("Luật số 10/2022/QH15 ngày 10/11/2022 của Quốc hội\n\n");
        PlanCommand c = DraftPlanMapping.toCommand(f, 7L);
        assertThat(c.title()).isEqualTo("Kế hoạch đã sửa");
        assertThat(c.kind()).isEqualTo(PlanKind.CONG_VAN);
        assertThat(c.baseRefs()).containsExactly(new PlanContent.BaseRef(null, "Luật số 10/2022/QH15 ngày 10/11/2022 của Quốc hội"));
    }

    @Test
    void atMostTwentyPendingFilesPerSessionTheOldestDroppedAndNoneOlderThan24Hours() throws IOException {
        MockHttpSession session = new MockHttpSession();
        Instant t0 = Instant.parse("2026-11-23T01:00:00Z");
        Parsing.Parsed parsed = new Parsing.Parsed("kh.txt", "TXT", PLAN, Extractor.extract("kh.txt", PLAN));
        String first = PendingImports.add(session, parsed, reviewed(), Map.of("title", 0.85), new byte[0], t0).token();
        for (int i = 1; i <= PendingImports.MAX_PENDING; i++) {
            PendingImports.add(session, parsed, reviewed(), Map.of(), new byte[0], t0.plusSeconds(i));
        }
        assertThat(PendingImports.list(session, t0.plusSeconds(60))).hasSize(PendingImports.MAX_PENDING);
        assertThat(PendingImports.get(session, first, t0.plusSeconds(60))).isEmpty();
        assertThat(PendingImports.list(session, t0.plus(PendingImports.TTL).plusSeconds(30))).isEmpty();
        // kept in Spring Session JDBC: every attribute must serialise
        new ObjectOutputStream(new ByteArrayOutputStream()).writeObject(session.getAttribute(PendingImports.class.getName()));
    }

    @Test
    void theOriginalIsKeptOnlyForAReport() {
        MockHttpSession session = new MockHttpSession();
        Parsing.Parsed parsed = new Parsing.Parsed("kh.txt", "TXT", PLAN, Extractor.extract("kh.txt", PLAN));
        assertThat(PendingImports.add(session, parsed, reviewed(), Map.of(), new byte[] {1}, Instant.now()).original()).isNull();
        ReviewForm report = reviewed();
        report.setKind("BAO_CAO");
        assertThat(PendingImports.add(session, parsed, report, Map.of(), new byte[] {1}, Instant.now()).original()).hasSize(1);
    }

    @Test
    void aFileOverTheTimeLimitIsRefusedWith422() {
        String big = PLAN + "\n" + "1. Nhiệm vụ thêm.\n".repeat(60_000);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Parsing(50_000_000, java.time.Duration.ZERO)
                        .parse("big.txt", big.length(), big.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(vn.gandan.shared.ProblemException.class,
                        e -> assertThat(List.of(e.status(), e.messageKey())).containsExactly(422, "imports.timeout"));
    }
}
