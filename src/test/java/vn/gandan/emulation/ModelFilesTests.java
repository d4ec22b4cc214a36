package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/**
 * Item 3: photos and documents of a model (type sniffed, size limit, safe names); shown and downloadable on the
 * public library pages without login once recognised, 404 before; library search by unit without diacritics.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelFilesTests {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long model(String name) {
        return jdbc.sql("select id from emu_model where name = :n order by id limit 1").param("n", name).query(Long.class).single();
    }

    static HttpResponse<String> upload(ApiClient c, long model, String fileName, byte[] data, String caption) {
        String boundary = "----emu" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"caption\"\r\n\r\n" + caption + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(data);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return c.send(c.builder("/api/v1/models/" + model + "/files").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    @Test
    void photosAndDocumentsAreCheckedStoredAndPublishedOnlyOnceTheModelIsRecognised() {
        ApiClient school = new ApiClient(port).as("th.phuocsang");
        long recognised = model("Cổng trường an toàn giao thông");
        long draft = model("Hũ gạo tình thương");

        HttpResponse<String> photo = upload(school, recognised, "../../etc/Cổng trường.png", PNG, "Giờ tan trường");
        assertThat(photo.statusCode()).as(photo.body()).isEqualTo(201);
        assertThat(photo.body()).contains("\"kind\":\"PHOTO\"").contains("\"fileName\":\"Cổng trường.png\"").contains("\"contentType\":\"image/png\"");
        long photoId = ApiClient.id(photo.body());
        HttpResponse<String> doc = upload(school, recognised, "bao-cao.png", PDF, "Báo cáo sơ kết");
        assertThat(doc.body()).as("the type comes from the content, not the name").contains("\"kind\":\"DOCUMENT\"")
                .contains("application/pdf");
        long docId = ApiClient.id(doc.body());
        HttpResponse<String> text = upload(school, recognised, "anh.png", "<script>alert(1)</script>".getBytes(StandardCharsets.UTF_8), "x");
        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(text.body()).contains("xác định theo nội dung");
        byte[] big = new byte[ModelFiles.MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThat(upload(school, recognised, "to.png", big, "x").statusCode()).isEqualTo(413);
        assertThat(upload(new ApiClient(port).as("th.anlinh"), draft, "a.png", PNG, "x").statusCode()).as("out of scope").isEqualTo(404);
        long draftPhoto = ApiClient.id(upload(school, draft, "hu-gao.png", PNG, "Hũ gạo").body());

        ApiClient anonymous = new ApiClient(port);
        HttpResponse<byte[]> shown = anonymous.getBytes("/public/exemplars/" + recognised + "/files/" + photoId);
        assertThat(shown.statusCode()).isEqualTo(200);
        assertThat(shown.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(shown.headers().firstValue("Content-Disposition").orElse("")).startsWith("inline");
        assertThat(shown.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        HttpResponse<byte[]> pdf = anonymous.getBytes("/public/exemplars/" + recognised + "/files/" + docId);
        assertThat(pdf.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(anonymous.getBytes("/public/exemplars/" + draft + "/files/" + draftPhoto).statusCode()).as("not yet recognised").isEqualTo(404);
        assertThat(anonymous.getBytes("/public/exemplars/" + recognised + "/files/" + draftPhoto).statusCode()).as("another model's file").isEqualTo(404);

        String page = anonymous.get("/public/exemplars/" + recognised).body();
        assertThat(page).contains("/public/exemplars/" + recognised + "/files/" + photoId).contains("Báo cáo sơ kết");
        assertThat(anonymous.get("/public/exemplars?unit=phuoc+sang").body()).contains("Cổng trường an toàn giao thông")
                .contains("/files/" + photoId);
        assertThat(anonymous.get("/public/exemplars?unit=an+linh").body()).doesNotContain("Cổng trường an toàn giao thông");
    }
}
