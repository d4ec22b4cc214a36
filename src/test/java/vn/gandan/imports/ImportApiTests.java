package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** POST /api/v1/imports/parse: JSON of the schema for a signed-in caller; 401, 415, 422 otherwise. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportApiTests {

    @LocalServerPort
    int port;

    private static HttpRequest.BodyPublisher multipart(String boundary, String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }

    private HttpResponse<String> upload(ApiClient api, String name, byte[] content) {
        return api.send(api.builder("/api/v1/imports/parse")
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipart("XyZ", name, content)));
    }

    @Test
    void parsesAPlanAndRefusesBadInputs() {
        byte[] plan = "Số: 7/KH-THAL\nAn Linh, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\nThực hiện dân chủ năm 2026\n"
                .getBytes(StandardCharsets.UTF_8);
        assertThat(upload(new ApiClient(port), "a.txt", plan).statusCode()).isEqualTo(401);
        ApiClient api = new ApiClient(port).as("th.anlinh");
        HttpResponse<String> ok = upload(api, "a.txt", plan);
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).contains("\"symbol\": \"KH-THAL\"").contains("\"doc_kind\": \"KE_HOACH\"");
        HttpResponse<String> binary = upload(api, "looks-like.txt", new byte[] {0x7F, 'E', 'L', 'F', 0, 0, 1});
        assertThat(binary.statusCode()).isEqualTo(415);
        HttpResponse<String> empty = upload(api, "empty.txt", "   \n".getBytes(StandardCharsets.UTF_8));
        assertThat(empty.statusCode()).isEqualTo(422);
        assertThat(empty.body()).contains("Không đọc được");
    }

    @Test
    void aDraftPlanFromSeed000KeepsItsWholeTextAndAUnitOutOfScopeIs404() throws Exception {
        byte[] seed = java.nio.file.Files.readAllBytes(WholeTextTests.SEED_000);
        ApiClient api = new ApiClient(port).as("th.anlinh");
        String units = api.get("/api/v1/units").body();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{\"id\":(\\d+)[^}]*\"code\":\"TH-AL\"").matcher(units);
        assertThat(m.find()).as(units).isTrue();
        HttpResponse<String> created = api.send(api.builder("/api/v1/imports/plans")
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipartWithUnit("XyZ", "kh.txt", seed, m.group(1))));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("MỤC ĐÍCH").contains("Thực hiện Kế hoạch số 104/KH-PGDĐT");
        HttpResponse<String> foreign = api.send(api.builder("/api/v1/imports/plans")
                .header("Content-Type", "multipart/form-data; boundary=XyZ")
                .POST(multipartWithUnit("XyZ", "kh.txt", seed, "987654")));
        assertThat(foreign.statusCode()).isEqualTo(404);
    }

    private static HttpRequest.BodyPublisher multipartWithUnit(String boundary, String name, byte[] content, String unitId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"unitId\"\r\n\r\n" + unitId + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(content);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.BodyPublishers.ofByteArray(out.toByteArray());
    }
}
