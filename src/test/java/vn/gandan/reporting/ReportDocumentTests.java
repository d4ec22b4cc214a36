package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/** The consolidated report as an official document (kind BÁO CÁO, NĐ 30 layout), read back from the .docx. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ReportDocumentTests {

    @Autowired
    ReportDocument document;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ReportService reports;

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
    void consolidatedReportRendersAsABaoCaoWithTheIssuerAndTheFigures() throws Exception {
        long phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        byte[] docx = document.docx(phong, "DVCQ", "2026");
        java.math.BigDecimal dialogues = reports.consolidated(phong, "DVCQ", "2026").values().get("DIALOGUES_HELD");
        assertThat(dialogues).as("the demo schools' 2026 reports count dialogues").isPositive();
        String text;
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
             XWPFWordExtractor extractor = new XWPFWordExtractor(doc)) {
            text = extractor.getText();
        }
        assertThat(text).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("BÁO CÁO")
                .contains("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ GIÁO").contains("năm 2026")
                .contains("Số cuộc đối thoại giữa người đứng đầu với cán bộ, nhân dân: " + dialogues.toPlainString() + " cuộc")
                .contains("Lưu: VT");
        assertThat(ReportDocument.periodLabel("2026-S1")).isEqualTo("6 tháng đầu năm 2026");
        assertThat(ReportDocument.periodLabel("2026-Q3")).isEqualTo("quý 3 năm 2026");
    }
}
