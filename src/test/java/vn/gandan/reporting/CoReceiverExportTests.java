package vn.gandan.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipInputStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.PageClient;

/**
 * Defect 12: the exports of the Phòng Phú Giáo's consolidated view opened by its co-receiver (Công đoàn Giáo dục tỉnh,
 * {@code cd.binhduong}) open with the right type and the figures of the view; another unit's view stays 404.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CoReceiverExportTests {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoCoReceivers demo;

    @BeforeEach
    void theUnionCoReceivesThePhongsRegimeInForce() {
        demo.run(null);
    }

    private long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    @Test
    void theCoReceiverDownloadsTheMainReceiversConsolidatedViewAndNoOther_defect12() throws Exception {
        PageClient union = PageClient.signIn(port, "cd.binhduong");
        PageClient phong = PageClient.signIn(port, "phong.phugiao");
        String year = String.valueOf(LocalDate.now().getYear());
        String query = "?unitId=" + unit("PGDDT-PG") + "&formCode=DVCQ&period=" + year;
        String view = new ApiClient(port).as("cd.binhduong").get("/api/v1/reports/consolidated" + query).body();
        Matcher dialogues = Pattern.compile("\"DIALOGUES_HELD\":(\\d+)").matcher(view);
        assertThat(dialogues.find()).as(view).isTrue();

        HttpResponse<byte[]> xlsx = union.getBytes("/reports/export.xlsx" + query);
        assertThat(xlsx.statusCode()).isEqualTo(200);
        assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(XLSX);
        assertThat(cells(xlsx.body())).as("the view's dialogues in the workbook").contains(dialogues.group(1))
                .isEqualTo(cells(phong.getBytes("/reports/export.xlsx" + query).body()));

        HttpResponse<byte[]> docx = union.getBytes("/reports/export.docx" + query);
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Type").orElse("")).startsWith(DOCX);
        assertThat(text(docx.body())).as("the Phòng's consolidated figures in the report document")
                .containsAnyOf("Phú Giáo", "PHÚ GIÁO").contains(dialogues.group(1));

        HttpResponse<byte[]> csv = union.getBytes("/reports/export.csv" + query);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(new String(csv.body(), StandardCharsets.UTF_8)).contains(dialogues.group(1));

        for (String other : List.of("SGDDT-BD", "TH-PS")) {
            assertThat(union.getBytes("/reports/export.docx?unitId=" + unit(other) + "&formCode=DVCQ&period=" + year)
                    .statusCode()).as(other + "'s view is no co-receiver's").isEqualTo(404);
            assertThat(union.getBytes("/reports/export.xlsx?unitId=" + unit(other) + "&formCode=DVCQ&period=" + year)
                    .statusCode()).isEqualTo(404);
        }
    }

    private static List<String> cells(byte[] xlsx) throws Exception {
        List<String> out = new ArrayList<>();
        DataFormatter f = new DataFormatter();
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> out.add(f.formatCellValue(c))));
        }
        return out;
    }

    private static String text(byte[] docx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (var e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                if (e.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8).replaceAll("<[^>]+>", " ");
                }
            }
        }
        throw new AssertionError("no word/document.xml");
    }
}
