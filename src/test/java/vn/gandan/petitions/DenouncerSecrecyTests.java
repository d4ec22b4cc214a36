package vn.gandan.petitions;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.platform.DatabaseBackup;

/**
 * rules.md C6: the denouncer's identity is encrypted at rest with a key outside the database, so a full backup (the
 * backup command's dump) and the logs never hold it; the audit log records the handler's read without the name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
class DenouncerSecrecyTests {

    private static final String NAME = "Quách Thị Bímật";
    private static final String ID_NUMBER = "079912345678";
    private static final String PHONE = "0977111222";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void theDenouncersNameIsNowhereInTheBackupNorTheLogs_C6(@TempDir Path dir, CapturedOutput output) throws Exception {
        long unit = jdbc.sql("select id from org_unit where code = 'TH-PS'").query(Long.class).single();
        ApiClient handler = new ApiClient(port).as("th.phuocsang");
        HttpResponse<String> created = handler.post("/api/v1/petitions", """
                {"unitId": %d, "kind": "TO_CAO", "receivedOn": "2026-11-25", "channel": "TRUC_TIEP",
                 "content": "Tố cáo việc sử dụng sai kinh phí của trường",
                 "petitioner": {"name": "%s", "address": "Tổ 5, ấp Bình Hòa", "phone": "%s", "idNumber": "%s"}}"""
                .formatted(unit, NAME, PHONE, ID_NUMBER));
        assertThat(created.statusCode()).isEqualTo(201);
        long id = ApiClient.id(created.body());
        assertThat(handler.get("/api/v1/petitions/" + id).body()).contains(NAME);
        assertThat(new ApiClient(port).as("so.binhduong").get("/api/v1/petitions/" + id).body()).doesNotContain(NAME);

        Path backup = dir.resolve("backup.zip");
        DatabaseBackup.backup(dataSource, backup);
        String dump = unzipAll(backup);
        assertThat(dump).contains("Tố cáo việc sử dụng sai kinh phí của trường");
        assertThat(dump).doesNotContain(NAME).doesNotContain(ID_NUMBER).doesNotContain(PHONE)
                .doesNotContain("Bímật");
        assertThat(output.getAll()).doesNotContain(NAME).doesNotContain(ID_NUMBER);
        assertThat(jdbc.sql("select count(*) from audit_log where object_type = 'Petition' and object_id = :o and action = 'READ'")
                .param("o", String.valueOf(id)).query(Integer.class).single()).isPositive();
    }

    private static String unzipAll(Path zip) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            while (z.getNextEntry() != null) {
                z.transferTo(all);
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
