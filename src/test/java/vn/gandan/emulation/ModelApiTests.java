package vn.gandan.emulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.ListPages;

/** /api/v1/models with the demo accounts: the school registers, launches and follows; the Phòng evaluates and recognises. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ModelApiTests {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    long unit(String code) {
        return jdbc.sql("select id from org_unit where code = :c").param("c", code).query(Long.class).single();
    }

    static String registration(long unitId, String field, String name, LocalDate on) {
        return """
                {"unitId": %d, "field": %s, "name": "%s", "registeredOn": "%s", "kind": "EXEMPLAR", "holderKind": "PERSON",
                 "holderName": "Cô Nguyễn Thị Lan", "partyMember": true, "registration": {
                 "situation": "Nhiều phụ huynh ở ấp xa chưa nắm tình hình học tập của con", "aims": "100%% phụ huynh lớp 3A được liên lạc mỗi tháng",
                 "content": "Thăm hộ gia đình, nhóm Zalo lớp", "area": "Ấp 3, xã Phước Sang; phụ huynh lớp 3A",
                 "forces": "Giáo viên chủ nhiệm (chủ trì), Ban đại diện cha mẹ học sinh (phối hợp)", "resources": "Tự túc, hỗ trợ của Hội Khuyến học",
                 "timing": "Từ tháng 9, đánh giá cuối học kỳ I", "outputs": "Sổ theo dõi thăm hộ, biên bản họp phụ huynh",
                 "sustainability": "Áp dụng cho các lớp khác từ năm học sau"}}""".formatted(unitId, field, name, on);
    }

    @Test
    void aTeachersModelGoesFromRegistrationToReplicationAndStepsOutOfOrderAreRefused_H2() {
        long school = unit("TH-PS");
        ApiClient th = new ApiClient(port).as("th.phuocsang");
        HttpResponse<String> created = th.post("/api/v1/models", registration(school, "\"VAN_HOA_XA_HOI\"", "Gần dân lớp 3A", TODAY.minusDays(60)));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.body()).contains("\"status\":\"REGISTERED\"").contains("\"field\":\"VAN_HOA_XA_HOI\"")
                .contains("Phòng Giáo dục và Đào tạo Phú Giáo");
        long id = ApiClient.id(created.body());
        String base = "/api/v1/models/" + id;

        HttpResponse<String> early = th.post(base + "/evaluate", on(TODAY.minusDays(50)));
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(early.body()).contains("Chưa thể đánh giá");
        assertThat(th.post(base + "/launch", on(TODAY.minusDays(61))).statusCode()).as("before registration").isEqualTo(422);
        assertThat(th.post(base + "/launch", on(TODAY.plusDays(3))).body()).contains("không được sau ngày hôm nay");
        assertThat(th.post(base + "/launch", on(TODAY.minusDays(55))).body()).contains("\"status\":\"LAUNCHED\"");
        HttpResponse<String> emptyProgress = th.post(base + "/progress", on(TODAY.minusDays(30)));
        assertThat(emptyProgress.statusCode()).isEqualTo(422);
        assertThat(emptyProgress.body()).contains("kết quả thực hiện");
        assertThat(th.post(base + "/progress", "{\"on\": \"" + TODAY.minusDays(30) + "\", \"content\": \"Đã thăm 12 hộ\", "
                + "\"evidenceUrl\": \"https://thphuocsang.example.vn/tham-ho\"}").body()).contains("\"status\":\"MONITORED\"");
        assertThat(th.post(base + "/evaluate", on(TODAY.minusDays(20))).statusCode()).as("the school is not the body registered with").isEqualTo(403);

        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        HttpResponse<String> evaluated = phong.post(base + "/evaluate", "{\"on\": \"" + TODAY.minusDays(20) + "\", \"criteria\": "
                + "[{\"text\": \"100% phụ huynh được liên lạc\", \"met\": true}], \"standard\": [{\"code\": \"CN1\", \"met\": true},"
                + " {\"code\": \"CN4\", \"met\": true}]}");
        assertThat(evaluated.body()).contains("\"status\":\"EVALUATED\"").contains("\"evaluationPassed\":true");
        HttpResponse<String> wrongLevel = phong.post(base + "/recognise", "{\"on\": \"" + TODAY.minusDays(10) + "\", \"award\": \"BANG_KHEN\", \"level\": \"DISTRICT\"}");
        assertThat(wrongLevel.statusCode()).isEqualTo(422);
        assertThat(wrongLevel.body()).contains("Bằng khen do Chủ tịch UBND tỉnh");
        HttpResponse<String> recognised = phong.post(base + "/recognise", "{\"on\": \"" + TODAY.minusDays(10)
                + "\", \"award\": \"GIAY_KHEN\", \"decision\": \"Quyết định số 45/QĐ-PGDĐT\"}");
        assertThat(recognised.body()).contains("\"status\":\"RECOGNISED\"").contains("\"awardLevel\":\"DISTRICT\"");
        assertThat(phong.post(base + "/recognise", on(TODAY)).statusCode()).isEqualTo(409);

        ApiClient anLinh = new ApiClient(port).as("th.anlinh");
        HttpResponse<String> adopted = anLinh.post(base + "/replicate", "{\"on\": \"" + TODAY + "\", \"unitId\": " + unit("TH-AL") + "}");
        assertThat(adopted.body()).contains("\"status\":\"REPLICATED\"");
        HttpResponse<String> timeline = th.get(base);
        assertThat(timeline.body()).contains("\"step\":\"REGISTERED\"").contains("\"step\":\"LAUNCHED\"")
                .contains("\"step\":\"RECOGNISED\"").contains("\"approver\":\"Chuyên viên Phòng GDĐT Phú Giáo\"");
    }

    @Test
    void aRegistrationWithoutItsFieldsOrWithTwoFieldsStoresNothing_H1() {
        long school = unit("TH-PS");
        ApiClient th = new ApiClient(port).as("th.phuocsang");
        int before = jdbc.sql("select count(*) from emu_model").query(Integer.class).single();
        HttpResponse<String> two = th.post("/api/v1/models", registration(school, "[\"KINH_TE\", \"VAN_HOA_XA_HOI\"]", "Hai lĩnh vực", TODAY));
        assertThat(two.statusCode()).isEqualTo(422);
        assertThat(two.body()).contains("\"field\":\"field\"").contains("đúng một lĩnh vực");
        HttpResponse<String> bare = th.post("/api/v1/models", "{\"unitId\": " + school + ", \"field\": \"KINH_TE\", \"name\": \"X\", \"registeredOn\": \"" + TODAY + "\"}");
        assertThat(bare.statusCode()).isEqualTo(422);
        assertThat(bare.body()).contains("registration.situation").contains("thực trạng");
        assertThat(jdbc.sql("select count(*) from emu_model").query(Integer.class).single()).isEqualTo(before);
    }

    @Test
    void modelsOutsideTheCallersScopeAnswer404() {
        ApiClient th = new ApiClient(port).as("th.phuocsang");
        long id = ApiClient.id(th.post("/api/v1/models", registration(unit("TH-PS"), "\"KINH_TE\"", "Vườn rau", TODAY)).body());
        ApiClient anLinh = new ApiClient(port).as("th.anlinh");
        assertThat(anLinh.get("/api/v1/models/" + id).statusCode()).isEqualTo(404);
        assertThat(anLinh.post("/api/v1/models/" + id + "/launch", on(TODAY)).statusCode()).isEqualTo(404);
        assertThat(anLinh.post("/api/v1/models", registration(unit("TH-PS"), "\"KINH_TE\"", "X", TODAY)).statusCode()).isEqualTo(404);
    }

    static String on(LocalDate d) {
        return "{\"on\": \"" + d + "\"}";
    }

    /** A list never cuts silently (issue 14): the models in scope and a unit's models are paged. */
    @Test
    void theModelListsArePagedWithALinkToTheNextPageAndBadPagingIsA400() {
        ApiClient phong = new ApiClient(port).as("phong.phugiao");
        ListPages.pagesAreTheWholeList(phong, "/api/v1/models", 2, 3);
        ListPages.pagesAreTheWholeList(phong, "/api/v1/models?unitId=" + unit("PGDDT-PG"), 1, 1);
        ListPages.badPagingIsA400(phong, "/api/v1/models", ModelQueries.LIST_CAP);
    }
}
