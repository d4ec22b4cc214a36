package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Year;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.org.UnitService;

/**
 * The period through the API and the review page: a document without any year has no period ("period": null), its
 * API draft is for the current year, its review form leaves the year to the person (refused in place when left empty);
 * a part the title names (quý II) is said on the review page.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportPeriodTests {

    private static final Pattern TOKEN = Pattern.compile("/imports/([0-9a-f-]{36})");
    private static final String UNDATED = "TRƯỜNG TIỂU HỌC AN LINH\nKẾ HOẠCH\nTổ chức hội nghị đối thoại với cha mẹ học sinh\n"
            + "I. MỤC ĐÍCH\nLắng nghe ý kiến của cha mẹ học sinh.\n";
    private static final String QUARTER = "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ GIÁO\nSố: 16/KH-PGDĐT\nPhú Giáo, ngày 02 tháng 4 năm 2026\n"
            + "KẾ HOẠCH\nCông tác dân vận quý II năm 2026\nI. MỤC ĐÍCH\nNâng cao nhận thức.\n";

    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitService units;
    @Autowired
    Clock clock;

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    private String body(MockMvc mvc, org.springframework.test.web.servlet.RequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private static MockMultipartFile file(String field, String text) {
        return new MockMultipartFile(field, "kh.txt", "text/plain", text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theApiAnswersNoPeriodForADocumentWithoutAYearAndDraftsItForTheCurrentYear() throws Exception {
        MockMvc mvc = mvc();
        String parsed = body(mvc, multipart("/api/v1/imports/parse").file(file("file", UNDATED)).with(user("phong.phugiao")).with(csrf()));
        assertThat(parsed).contains("\"period\": null").doesNotContain("\"value\": null");
        long phong = units.findByCode("PGDDT-PG").orElseThrow().id();
        var created = mvc.perform(multipart("/api/v1/imports/plans").file(file("file", UNDATED)).param("unitId", String.valueOf(phong))
                .with(user("phong.phugiao")).with(csrf())).andReturn().getResponse();
        assertThat(created.getStatus()).as(created.getContentAsString(StandardCharsets.UTF_8)).isEqualTo(201);
        assertThat(created.getContentAsString(StandardCharsets.UTF_8)).containsPattern(
                "\"period\":\\{\"kind\":\"YEAR\",\"value\":\"" + Year.now(clock).getValue() + "\"");
        String quarter = body(mvc, multipart("/api/v1/imports/parse").file(file("file", QUARTER)).with(user("phong.phugiao")).with(csrf()));
        assertThat(quarter).containsPattern("\"period\": \\{\\s*\"kind\": \"YEAR\",\\s*\"value\": \"2026\",\\s*\"part\": \"QUARTER_2\"");
    }

    @Test
    void theReviewPageSaysThePartAndLeavesAMissingYearToThePerson() throws Exception {
        MockMvc mvc = mvc();
        MockHttpSession session = new MockHttpSession();
        String list = body(mvc, multipart("/imports").file(file("files", QUARTER)).file(file("files", UNDATED))
                .with(user("phong.phugiao")).with(csrf()).session(session));
        java.util.List<String> tokens = TOKEN.matcher(list).results().map(r -> r.group(1)).distinct().toList();
        assertThat(tokens).hasSize(2);
        String a = body(mvc, get("/imports/" + tokens.get(0)).with(user("phong.phugiao")).session(session));
        String b = body(mvc, get("/imports/" + tokens.get(1)).with(user("phong.phugiao")).session(session));
        boolean quarterFirst = a.contains("16/KH");
        String quarterPage = quarterFirst ? a : b;
        String undatedPage = quarterFirst ? b : a;
        String undatedToken = tokens.get(quarterFirst ? 1 : 0);
        assertThat(quarterPage).contains("id=\"period-part\"").contains("Văn bản ghi kỳ: quý II");
        assertThat(undatedPage).doesNotContain("id=\"period-part\"").containsPattern("id=\"f-periodValue\"[^>]*value=\"\"");
        long phong = units.findByCode("PGDDT-PG").orElseThrow().id();
        String refused = body(mvc, post("/imports/" + undatedToken).with(user("phong.phugiao")).with(csrf()).session(session)
                .param("action", "plan").param("kind", "KE_HOACH").param("periodKind", "YEAR").param("periodValue", "")
                .param("title", "Tổ chức hội nghị đối thoại").param("unitId", String.valueOf(phong)));
        assertThat(refused).contains("Năm không hợp lệ, ví dụ 2026.").contains("Tổ chức hội nghị đối thoại");
    }
}
