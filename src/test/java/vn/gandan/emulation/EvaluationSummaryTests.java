package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.org.PeopleService;

/** Item 5's summary sheet (.xlsx, NĐ 30 report) read back; the 80/20 split and the 20 % quota from the dated table. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EvaluationSummaryTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PeopleService people;

    long school() {
        return jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
    }

    String schoolYear() {
        int start = TODAY.getMonthValue() >= 9 ? TODAY.getYear() : TODAY.getYear() - 1;
        return start + "-" + (start + 1);
    }

    @Test
    void theUnitsSummarySheetListsEveryoneWithLevelsCountsAndTheQuotaInForce_I1_I2() throws Exception {
        ApiClient head = new ApiClient(port).as("th.phuocsang");
        String q = "?unitId=" + school() + "&period=" + schoolYear();
        HttpResponse<byte[]> xlsx = head.getBytes("/api/v1/evaluations/summary.xlsx" + q);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).contains("BẢNG TỔNG HỢP").contains("PHƯỚC SANG");
            assertThat(s.getRow(3).getCell(1).getStringCellValue()).isEqualTo("Họ và tên");
            List<String> names = new ArrayList<>();
            for (int r = 4; s.getRow(r) != null && s.getRow(r).getCell(1) != null && s.getRow(r).getCell(0) != null; r++) {
                Row row = s.getRow(r);
                names.add(row.getCell(1).getStringCellValue());
                if (row.getCell(1).getStringCellValue().equals("Nguyễn Thị Lan")) {
                    assertThat(row.getCell(6).getNumericCellValue()).isEqualTo(78.0);
                    assertThat(row.getCell(7).getStringCellValue()).isEqualTo("Hoàn thành tốt nhiệm vụ");
                }
            }
            assertThat(names).contains("Nguyễn Thị Lan", "Trần Văn Hùng", "Phạm Thị Mai", "Võ Thị Hạnh", "Đặng Văn Tâm");
            StringBuilder all = new StringBuilder();
            s.forEach(row -> row.forEach(c -> all.append(c.toString()).append(' ')));
            assertThat(all.toString()).contains("tối đa 20% số người Hoàn thành tốt nhiệm vụ").contains("Chưa xếp loại");
        }
        String text = MovementApiTests.docxText(head.getBytes("/api/v1/evaluations/summary.docx" + q + "&signerName=L%C3%AA%20Th%E1%BB%8B%20Hi%E1%BB%87u&signerTitle=Hi%E1%BB%87u%20tr%C6%B0%E1%BB%9Fng").body());
        assertThat(text).contains("BÁO CÁO").contains("Kết quả đánh giá, xếp loại chất lượng kỳ " + schoolYear())
                .contains("Hoàn thành tốt nhiệm vụ: ").contains("Nguyễn Thị Lan (Giáo viên): chuyên môn 62, dân vận 16, tổng 78 điểm")
                .contains("HIỆU TRƯỞNG").contains("Lê Thị Hiệu");
        assertThat(head.getBytes("/api/v1/evaluations/summary.pdf" + q).statusCode()).isEqualTo(200);
        assertThat(new ApiClient(port).as("phong.phugiao").getBytes("/api/v1/evaluations/summary.xlsx" + q).statusCode())
                .as("the Phòng above").isEqualTo(200);
        assertThat(new ApiClient(port).as("th.anlinh").getBytes("/api/v1/evaluations/summary.xlsx" + q).statusCode()).isEqualTo(404);
        assertThat(head.get("/api/v1/evaluations/summary.xlsx?unitId=" + school() + "&period=Q7").statusCode()).isEqualTo(422);
    }

    @Test
    void theSplitAndTheExcellentShareComeFromTheSettingInForceOnThePeriodsLastDay_I1() {
        jdbc.sql("insert into emu_eval_setting values ('2040-01-01', 70, 30, 0.25, 'Quy định thử') on conflict do nothing").update();
        List<Long> staff = new ArrayList<>();
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin",
                null, AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
        try {
            for (int i = 0; i < 5; i++) staff.add(people.add(school(), "Người thử quy định " + i, "Giáo viên", null, null, LocalDate.of(2020, 9, 1)).id());
        } finally {
            SecurityContextHolder.clearContext();
        }
        ApiClient head = new ApiClient(port).as("th.phuocsang");
        List<Long> ids = new ArrayList<>();
        for (Long p : staff) {
            ids.add(ApiClient.id(head.post("/api/v1/evaluations", "{\"unitId\": " + school() + ", \"personId\": " + p
                    + ", \"period\": \"2040\", \"staffGroup\": \"Thử quy định\"}").body()));
        }
        for (int i = 0; i < 4; i++) {
            assertThat(head.post("/api/v1/evaluations/" + ids.get(i) + "/rate", "{\"professionalPoints\": 50, \"danVanPoints\": 25}").body())
                    .as("25 dân vận points: over 20 before 2040, within 30 from then").contains("\"level\":\"TOT\"");
        }
        HttpResponse<String> over = head.post("/api/v1/evaluations/" + ids.get(4) + "/rate", "{\"professionalPoints\": 71, \"danVanPoints\": 25}");
        assertThat(over.statusCode()).isEqualTo(422);
        assertThat(over.body()).contains("từ 0 đến 70");
        assertThat(head.post("/api/v1/evaluations/" + ids.get(4) + "/rate", "{\"professionalPoints\": 66, \"danVanPoints\": 28}").body())
                .as("25 % of 4 rated Tốt = 1 may be Xuất sắc (20 % would allow none)").contains("\"level\":\"XUAT_SAC\"");
    }
}
