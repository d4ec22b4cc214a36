package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.org.UnitService;

/**
 * Session 21: the import tried as a demanding new user would — an oversized file in the page's form, a refusal read in
 * English, "Tạo kế hoạch nháp" pressed several times, a review saved after the session expired.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportUserJourneyTests {

    private static final Pattern TOKEN = Pattern.compile("/imports/([0-9a-f-]{36})");
    private static final String PLAN = String.join("\n",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ GIÁO", "Số: 31/KH-PGDĐT", "Phú Giáo, ngày 10 tháng 9 năm 2025", "KẾ HOẠCH",
            "Bấm hai lần khi tạo bản nháp năm học 2025-2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.",
            "II. NHIỆM VỤ TRỌNG TÂM", "1. Tuyên truyền về dân chủ ở cơ sở.");

    @LocalServerPort
    int port;
    @Autowired
    WebApplicationContext context;
    @Autowired
    UnitService units;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
    }

    @Test
    void aFileOverTheUploadLimitInThePageFormAnswers413InVietnameseNotAServerError() throws Exception {
        String boundary = "ranh-gioi-" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\nx\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"qua-lon.txt\"\r\nContent-Type: text/plain\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        byte[] big = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(big, (byte) 'a');
        body.writeBytes(big);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/imports"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Accept-Language", "vi")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(413);
        assertThat(r.body()).contains("vượt quá dung lượng");
    }

    @Test
    void aRefusalIsWordedInTheReadersLanguageAndNamesTheAcceptedFormats() throws Exception {
        String en = body(multipart("/imports").file(new MockMultipartFile("files", "chuong-trinh.exe", "application/octet-stream",
                        new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2})).header("Accept-Language", "en")
                .with(user("phong.phugiao")).with(csrf()));
        assertThat(en).contains("Unsupported file type").contains(".html").contains(".png").doesNotContain("Định dạng");
        String vi = body(multipart("/imports").file(new MockMultipartFile("files", "chuong-trinh.exe", "application/octet-stream",
                        new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2})).header("Accept-Language", "vi")
                .with(user("phong.phugiao")).with(csrf()));
        assertThat(vi).contains("Định dạng tệp không được hỗ trợ").contains(".mht").contains(".jpg");
        // the picker offers what the readers accept (a phone's photo, a saved web page)
        assertThat(body(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/imports").with(user("phong.phugiao"))))
                .containsPattern("accept=\"[^\"]*\\.html[^\"]*\\.mht[^\"]*\\.png[^\"]*\\.jpg");
    }

    @Test
    void creatingTheDraftSeveralTimesAtOnceOrAgainAfterwardsMakesOnePlan() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Matcher m = TOKEN.matcher(body(multipart("/imports").file(new MockMultipartFile("files", "ke-hoach.txt", "text/plain",
                PLAN.getBytes(StandardCharsets.UTF_8))).with(user("phong.phugiao")).with(csrf()).session(session)));
        assertThat(m.find()).isTrue();
        String token = m.group(1);
        long phong = units.findByCode("PGDDT-PG").orElseThrow().id();
        long before = jdbc.sql("select count(*) from plan").query(Long.class).single();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<Future<String>> clicks = new ArrayList<>();
        try {
            for (int i = 0; i < 3; i++) {
                // each press carries the page as it was (its own copy of the session), as three requests would
                MockHttpSession copy = copy(session);
                Callable<String> press = () -> mvc.perform(post("/imports/" + token).with(user("phong.phugiao")).with(csrf())
                                .session(copy).param("action", "plan").param("unitId", String.valueOf(phong))
                                .param("kind", "KE_HOACH").param("title", "Bấm hai lần khi tạo bản nháp năm học 2025-2026")
                                .param("periodKind", "SCHOOL_YEAR").param("periodValue", "2025-2026"))
                        .andReturn().getResponse().getRedirectedUrl();
                clicks.add(pool.submit(press));
            }
            List<String> targets = new ArrayList<>();
            for (Future<String> f : clicks) {
                targets.add(f.get());
            }
            assertThat(targets).allMatch(t -> t != null && t.matches("/plans/\\d+"));
            assertThat(targets).containsOnly(targets.get(0));
            assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(before + 1);
            // the back button and a fourth press: the same plan, not "not found"
            String again = mvc.perform(post("/imports/" + token).with(user("phong.phugiao")).with(csrf()).session(session)
                    .param("action", "plan").param("unitId", String.valueOf(phong))).andReturn().getResponse().getRedirectedUrl();
            assertThat(again).isEqualTo(targets.get(0));
            assertThat(jdbc.sql("select count(*) from plan").query(Long.class).single()).isEqualTo(before + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aReviewPostedAfterTheSessionExpiredLeadsToTheLoginPageSayingSoNotToAForbiddenPage() throws Exception {
        MvcResult expired = mvc.perform(post("/imports/" + java.util.UUID.randomUUID()).param("action", "save")
                .param("_csrf", "token-of-the-expired-session").with(r -> {
                    r.setRequestedSessionId("ended-session");
                    r.setRequestedSessionIdValid(false);
                    return r;
                })).andReturn();
        assertThat(expired.getResponse().getStatus()).isEqualTo(302);
        assertThat(expired.getResponse().getRedirectedUrl()).endsWith("/login?expired");
        // a live session with a forged token is still refused
        MvcResult forged = mvc.perform(post("/imports/" + java.util.UUID.randomUUID()).param("action", "save")
                .param("_csrf", "forged").with(user("phong.phugiao")).session(new MockHttpSession())).andReturn();
        assertThat(forged.getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theDraftsProblemsAreShownBesideTheFieldsTheyConcern() throws Exception {
        MockHttpSession session = new MockHttpSession();
        Matcher m = TOKEN.matcher(body(multipart("/imports").file(new MockMultipartFile("files", "ke-hoach.txt", "text/plain",
                PLAN.getBytes(StandardCharsets.UTF_8))).with(user("phong.phugiao")).with(csrf()).session(session)));
        assertThat(m.find()).isTrue();
        long phong = units.findByCode("PGDDT-PG").orElseThrow().id();
        String page = body(post("/imports/" + m.group(1)).with(user("phong.phugiao")).with(csrf()).session(session)
                .param("action", "plan").param("unitId", String.valueOf(phong)).param("kind", "KE_HOACH").param("title", "")
                .param("periodKind", "YEAR").param("periodValue", "năm nay"));
        int title = page.indexOf("id=\"problem-title\"");
        int period = page.indexOf("id=\"problem-periodValue\"");
        assertThat(title).as("the title's problem in place").isPositive();
        assertThat(period).as("the period's problem in place").isPositive();
        // each just above its own input, after the source text
        assertThat(page.indexOf("class=\"import-lines\"")).isLessThan(title);
        assertThat(title).isLessThan(page.indexOf("id=\"f-title\"")).isGreaterThan(page.indexOf("id=\"f-parentIssuer\""));
        assertThat(period).isLessThan(page.indexOf("id=\"f-periodValue\"")).isGreaterThan(page.indexOf("id=\"f-title\""));
        assertThat(page.substring(title, page.indexOf("</span>", title))).contains("Nhập trích yếu");
    }

    private static MockHttpSession copy(MockHttpSession session) {
        MockHttpSession copy = new MockHttpSession();
        for (String name : java.util.Collections.list(session.getAttributeNames())) {
            copy.setAttribute(name, session.getAttribute(name));
        }
        return copy;
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
