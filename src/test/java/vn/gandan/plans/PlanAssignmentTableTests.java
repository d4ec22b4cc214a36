package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.documents.DocxRenderer;
import vn.gandan.documents.PdfRenderer;
import vn.gandan.org.UnitAdmin;
import vn.gandan.org.UnitKind;

/** Item 4 of issue 12: the bảng phân công is a real table in the plan's .docx and .pdf, not numbered lines. */
@SpringBootTest
@ActiveProfiles("test")
class PlanAssignmentTableTests {

    @Autowired
    PlanService plans;
    @Autowired
    PlanQueries queries;
    @Autowired
    UnitAdmin units;
    @Autowired
    DocxRenderer docx;
    @Autowired
    PdfRenderer pdf;

    @BeforeEach
    void asAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void theDocxHasABorderedTableWithARepeatedHeaderAndOneRowPerTask_item4() throws Exception {
        var doc = queries.document(plan(3));
        try (XWPFDocument x = new XWPFDocument(new ByteArrayInputStream(docx.render(doc)))) {
            XWPFTable t = x.getTables().stream().filter(tb -> tb.getRow(0).getCell(0).getText().equals("TT"))
                    .findFirst().orElseThrow();
            assertThat(t.getRow(0).getTableCells()).extracting(c -> c.getText()).containsExactly("TT", "Nội dung nhiệm vụ",
                    "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành");
            assertThat(t.getRow(0).isRepeatHeader()).isTrue();
            assertThat(t.getCTTbl().getTblPr().getTblBorders().getInsideH().getVal()).isEqualTo(STBorder.SINGLE);
            assertThat(t.getRows()).hasSize(4);
            XWPFTableRow first = t.getRow(1);
            assertThat(first.getCell(0).getText()).isEqualTo("1");
            assertThat(first.getCell(1).getText()).isEqualTo("Nhiệm vụ số 1");
            assertThat(first.getCell(2).getText()).contains("Trường TH A-").contains("Trường TH B-");
            assertThat(first.getCell(3).getText()).startsWith("Phòng GDĐT");
            assertThat(first.getCell(4).getText()).isEqualTo("15/06/2026");
            assertThat(t.getRow(3).getCell(4).getText()).isEqualTo("hằng quý, bắt đầu 15/06/2026");
        }
    }

    @Test
    void thePdfPrintsTheTableWithItsHeaderOnEveryPage_item4() throws Exception {
        var doc = queries.document(plan(60));
        try (PDDocument pd = Loader.loadPDF(pdf.render(doc))) {
            String text = new PDFTextStripper().getText(pd);
            assertThat(text).contains("Nội dung nhiệm vụ").contains("Đơn vị phối hợp").contains("Nhiệm vụ số 60")
                    .doesNotContain("Đơn vị chủ trì:");
            assertThat(pd.getNumberOfPages()).isGreaterThan(2);
            int headers = text.split("Nội dung nhiệm vụ", -1).length - 1;
            assertThat(headers).as("the header row repeats on each page the table spans").isGreaterThanOrEqualTo(2);
        }
    }

    private long plan(int tasks) {
        int n = PlanRulesTests.SEQ.incrementAndGet();
        long phong = units.create(new UnitAdmin.NewUnit("PLANTAB-" + n, "Phòng GDĐT " + n, "PGDĐT", UnitKind.PHONG_GDDT,
                null, "Phú Giáo", null, PlanRulesTests.FROM)).id();
        long a = school("Trường TH A-" + n, phong);
        long b = school("Trường TH B-" + n, phong);
        List<PlanCommand.Task> list = new ArrayList<>();
        for (int i = 1; i <= tasks; i++) {
            list.add(new PlanCommand.Task("Nhiệm vụ số " + i, null, List.of(phong), LocalDate.of(2026, 6, 15),
                    i == tasks && tasks == 3 ? "QUARTERLY" : "ONCE", List.of(a, b)));
        }
        return plans.create(PlanRulesTests.command(PlanKind.KE_HOACH, List.of(phong), "Kế hoạch phân công " + n,
                List.of(), List.of(), list)).id();
    }

    private long school(String name, long phong) {
        return units.create(new UnitAdmin.NewUnit("PLANTAB-S" + PlanRulesTests.SEQ.incrementAndGet(), name, "TH",
                UnitKind.TRUONG, null, "Phú Giáo", phong, PlanRulesTests.FROM)).id();
    }
}
