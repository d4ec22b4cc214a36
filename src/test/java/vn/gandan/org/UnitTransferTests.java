package vn.gandan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** CSV and XLSX import of the tree: all or nothing, with line numbers. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class UnitTransferTests {

    private static final String HEADER = "code,name,shortName,kind,schoolLevel,parentCode,place,address,phone,email,validFrom,validTo\n";

    @Autowired
    UnitTransfer transfer;
    @Autowired
    UnitService units;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void signInAsAdmin() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("admin", null,
                AuthorityUtils.createAuthorityList("ROLE_SYSTEM_ADMIN")));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private UnitTransfer.Result importCsv(String body) {
        return transfer.importFile(new ByteArrayInputStream((HEADER + body).getBytes(StandardCharsets.UTF_8)),
                UnitTransfer.Format.CSV);
    }

    private long count() {
        return jdbc.sql("select count(*) from org_unit").query(Long.class).single();
    }

    @Test
    void csvImportWithErrorsStoresNothingAndReportsLineNumbers() {
        long before = count();
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> importCsv("""
                CSV-OK,Trường Tiểu học Hợp Lệ,THHL,TRUONG,TIEU_HOC,PGDDT-PG,Phú Giáo,,,,2024-09-01,
                CSV-BAD1,Trường có cấp trên lạ,,TRUONG,,NO-SUCH-PARENT,,,,,2024-09-01,
                CSV-BAD2,Trường ngày sai,,TRUONG,,PGDDT-PG,,,,,31/02/2024,
                CSV-BAD3,Trường loại lạ,,CUNG_DINH,,PGDDT-PG,,,,,2024-09-01,
                CSV-OK,Trùng mã,,TRUONG,,PGDDT-PG,,,,,2024-09-01,
                """));
        assertThat(e.status()).isEqualTo(422);
        assertThat(e.fieldProblems()).extracting(FieldProblem::field)
                .contains("line 3: parentCode", "line 4: validFrom", "line 5: kind", "line 6: code");
        assertThat(count()).isEqualTo(before);
        assertThat(units.findByCode("CSV-OK")).isEmpty();
    }

    @Test
    void contactColumnsAreCheckedAndStoredWithNewUnits() {
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> importCsv("""
                CSV-MAIL,Trường Thư Sai,,TRUONG,,PGDDT-PG,,<i>Ấp 1</i>,abc,khong-phai-email,2024-09-01,
                """));
        assertThat(e.fieldProblems()).extracting(FieldProblem::field)
                .contains("line 2: address", "line 2: phone", "line 2: email");
        assertThat(units.findByCode("CSV-MAIL")).isEmpty();
        importCsv("CSV-MAIL2,Trường Thư Đúng,,TRUONG,,PGDDT-PG,,Ấp 1,0274 000 999,thu@truong.example,2024-09-01,\n");
        UnitService.UnitDetails d = units.details(units.findByCode("CSV-MAIL2").orElseThrow().id());
        assertThat(d.address()).isEqualTo("Ấp 1");
        assertThat(d.phone()).isEqualTo("0274 000 999");
        assertThat(d.email()).isEqualTo("thu@truong.example");
    }

    @Test
    void anEndBeforeTheStartAndDecomposedTextAreHandledPerLine() {
        String nfd = java.text.Normalizer.normalize("Trường Mầm non Tổ Hợp", java.text.Normalizer.Form.NFD);
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> importCsv(
                "CSV-END,Trường Kết Thúc Sớm,,TRUONG,,PGDDT-PG,,,,,2024-09-01,2024-08-31\n"
                        + "CSV-NFD," + nfd + ",,TRUONG,MAM_NON,PGDDT-PG,,,,,2024-09-01,\n"));
        assertThat(e.fieldProblems()).extracting(FieldProblem::field).containsExactly("line 2: validTo");
        assertThat(units.findByCode("CSV-NFD")).isEmpty();
        importCsv("CSV-NFD," + nfd + ",,TRUONG,MAM_NON,PGDDT-PG,,,,,2024-09-01,\n");
        assertThat(units.findByCode("CSV-NFD").orElseThrow().name()).isEqualTo("Trường Mầm non Tổ Hợp");
        assertThat(units.search("to hop", 5)).extracting(UnitView::code).contains("CSV-NFD");
    }

    @Test
    void parentsMayComeLaterInTheFile() {
        UnitTransfer.Result r = importCsv("""
                CSV-CHILD,Trường Mầm non Con,,TRUONG,MAM_NON,CSV-PARENT,,,,,2024-01-01,
                CSV-PARENT,Ủy ban nhân dân xã Thử,,UBND_XA,,SGDDT-BD,,,,,01/01/2024,
                """);
        assertThat(r.created()).isEqualTo(2);
        UnitView child = units.findByCode("CSV-CHILD").orElseThrow();
        assertThat(child.parentId()).isEqualTo(units.findByCode("CSV-PARENT").orElseThrow().id());
        assertThat(units.findByCode("CSV-PARENT").orElseThrow().validFrom()).isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void aCycleInTheFileIsReportedAndNothingStored() {
        long before = count();
        ProblemException e = catchThrowableOfType(ProblemException.class, () -> importCsv("""
                CYC-A,Đơn vị A,,KHAC,,CYC-B,,,,,2024-01-01,
                CYC-B,Đơn vị B,,KHAC,,CYC-A,,,,,2024-01-01,
                """));
        assertThat(e.fieldProblems()).extracting(FieldProblem::messageKey).containsOnly("org.import.cycle");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void malformedCsvIsRejectedWithAClearError() {
        long before = count();
        ProblemException e = catchThrowableOfType(ProblemException.class,
                () -> importCsv("BROKEN,\"Trường chưa đóng ngoặc,,TRUONG,,PGDDT-PG,,,,,2024-01-01\n"));
        assertThat(e.fieldProblems()).extracting(FieldProblem::messageKey).contains("org.import.malformed");
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void xlsxImportCreatesUnitsAndExportListsThem() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet s = wb.createSheet();
            List<List<String>> rows = List.of(UnitRow.COLUMNS,
                    List.of("XLSX-1", "Trường THCS Bảng Tính", "THCSBT", "TRUONG", "THCS", "PGDDT-PG", "Phú Giáo", "", "", "",
                            "2024-09-05", ""));
            for (int r = 0; r < rows.size(); r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < rows.get(r).size(); c++) {
                    row.createCell(c).setCellValue(rows.get(r).get(c));
                }
            }
            wb.write(out);
        }
        assertThat(transfer.importFile(new ByteArrayInputStream(out.toByteArray()), UnitTransfer.Format.XLSX).created())
                .isEqualTo(1);
        String csv = new String(transfer.export(UnitTransfer.Format.CSV), StandardCharsets.UTF_8);
        assertThat(csv).contains("XLSX-1,Trường THCS Bảng Tính,THCSBT,TRUONG,THCS,PGDDT-PG");
        assertThat(transfer.export(UnitTransfer.Format.XLSX)).startsWith((byte) 'P', (byte) 'K');
    }

    @Test
    void theGoverningBodyTravelsThroughExportAndImportAndAnOldFileWithoutTheColumnLeavesItAsIs() {
        String csv = new String(transfer.export(UnitTransfer.Format.CSV), StandardCharsets.UTF_8);
        assertThat(csv.lines().findFirst().orElseThrow()).endsWith(",governingBody");
        assertThat(csv).contains("Ủy ban nhân dân tỉnh Bình Dương");
        transfer.importFile(new ByteArrayInputStream((HEADER.strip() + ",governingBody\n"
                + "CSV-GOV,Phòng thử cơ quan chủ quản,,PHONG_GDDT,,SGDDT-BD,,,,,2024-09-01,,Ủy ban nhân dân xã Thử\n")
                .getBytes(StandardCharsets.UTF_8)), UnitTransfer.Format.CSV);
        assertThat(units.findByCode("CSV-GOV").orElseThrow().governingBody()).isEqualTo("Ủy ban nhân dân xã Thử");
        importCsv("CSV-GOV,Phòng thử cơ quan chủ quản,,PHONG_GDDT,,SGDDT-BD,,,,,2024-09-01,\n");
        assertThat(units.findByCode("CSV-GOV").orElseThrow().governingBody()).isEqualTo("Ủy ban nhân dân xã Thử");
    }
}
