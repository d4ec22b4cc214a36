package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import vn.gandan.org.UnitService;

/** The "Nhập văn bản" pages through form posts (no JavaScript) with demo accounts. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportPagesTests {

    private static final Pattern TOKEN = Pattern.compile("/imports/([0-9a-f-]{36})");
    private static final String PLAN = String.join("\n",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ GIÁO", "Số: 15/KH-PGDĐT", "Phú Giáo, ngày 10 tháng 9 năm 2025", "KẾ HOẠCH",
            "Thực hiện công tác dân vận chính quyền năm học 2025-2026",
            "Căn cứ Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về công tác dân vận chính quyền;",
            "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.", "II. NHIỆM VỤ TRỌNG TÂM",
            "1. Tuyên truyền về dân chủ ở cơ sở.", "a) Tổ chức hội nghị.", "2. Xây dựng mô hình dân vận khéo.",
            "III. TỔ CHỨC THỰC HIỆN", "Các trường báo cáo năm trước ngày 20/5/2026 về Phòng./.",
            "Nơi nhận:", "- Sở GDĐT Bình Dương;", "- Lưu: VT.", "KT. TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn An");

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

    private static MockMultipartFile file(String name, byte[] content) {
        return new MockMultipartFile("files", name, "application/octet-stream", content);
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder req) throws Exception {
        MvcResult r = mvc.perform(req).andReturn();
        return r.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private long count(String table) {
        return jdbc.sql("select count(*) from " + table).query(Long.class).single();
    }

    private List<Long> counts() {
        return List.of(count("plan"), count("report_submission"), count("report_attachment"), count("audit_log"));
    }

    @Test
    void aBatchListsEachFileWithItsKindAndTypeAndRefusalsInVietnamese() throws Exception {
        byte[] big = new byte[20 * 1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        String page = body(multipart("/imports").file(file("ke-hoach.txt", PLAN.getBytes(StandardCharsets.UTF_8)))
                .file(file("chuong-trinh.txt", new byte[] {0x7F, 'E', 'L', 'F', 0, 1, 2}))
                .file(file("trong.txt", "  \n ".getBytes(StandardCharsets.UTF_8)))
                .file(file("qua-lon.txt", big))
                .with(user("phong.phugiao")).with(csrf()).session(new MockHttpSession()));
        assertThat(page).contains("ke-hoach.txt").contains("TXT").contains("Kế hoạch").contains("Đã đọc")
                .contains("Kiểm tra và sửa");
        assertThat(page).contains("Từ chối (415)").contains("Định dạng tệp không được hỗ trợ");
        assertThat(page).contains("Từ chối (422)").contains("Không đọc được nội dung văn bản");
        assertThat(page).contains("Từ chối (413)").contains("Tệp vượt quá dung lượng cho phép (20 MB)");
        String none = body(multipart("/imports").file(file("", new byte[0])).with(user("phong.phugiao")).with(csrf()));
        assertThat(none).contains("Hãy chọn ít nhất một tệp");
    }

    @Test
    void theReviewSaysWhatWasRecognisedAndThatADecisionBecomesThePlanImplementingIt() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String decision = String.join("\n", "ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "TỈNH NINH BÌNH\tĐộc lập - Tự do - Hạnh phúc", "Số: 36/2019/QĐ-UBND\tNinh Bình, ngày 12 tháng 8 năm 2019",
                "QUYẾT ĐỊNH", "Ban hành Quy chế tổ chức và hoạt động của thôn, tổ dân phố",
                "Điều 1. Ban hành kèm theo Quyết định này Quy chế tổ chức và hoạt động của thôn./.");
        String list = body(multipart("/imports").file(file("qd.txt", decision.getBytes(StandardCharsets.UTF_8)))
                .file(file("ke-hoach.txt", PLAN.getBytes(StandardCharsets.UTF_8))).with(user("phong.phugiao")).with(csrf()).session(session));
        Matcher m = TOKEN.matcher(list);
        assertThat(m.find()).isTrue();
        String first = m.group(1);
        assertThat(m.find()).isTrue();
        String second = m.group(1);
        String a = body(get("/imports/" + first).with(user("phong.phugiao")).session(session));
        String b = body(get("/imports/" + second).with(user("phong.phugiao")).session(session));
        String decisionPage = a.contains("36/2019") ? a : b;
        String planPage = a.contains("36/2019") ? b : a;
        assertThat(decisionPage).contains("id=\"kind-draft\"").contains("Nhận ra: Quyết định.")
                .contains("kế hoạch thực hiện văn bản").contains("value=\"QUYET_DINH\" selected");
        assertThat(planPage).contains("Nhận ra: Kế hoạch.").doesNotContain("kế hoạch thực hiện văn bản");
    }

    @Test
    void oneFileFromThePageScriptAnswersItsRowOnly() throws Exception {
        String row = body(multipart("/imports/file")
                .file(new MockMultipartFile("file", "x.pdf", "application/pdf", "%PDF-1.4 broken".getBytes(StandardCharsets.UTF_8)))
                .with(user("phong.phugiao")).with(csrf()));
        assertThat(row).startsWith("<li").doesNotContain("<html").contains("Từ chối (415)").contains("PDF hỏng");
    }

    @Test
    void nothingIsStoredBeforeConfirmingThenTheDraftPlanCarriesTheCorrections() throws Exception {
        MockHttpSession session = new MockHttpSession();
        List<Long> before = counts();
        String list = body(multipart("/imports").file(file("ke-hoach.txt", PLAN.getBytes(StandardCharsets.UTF_8)))
                .with(user("phong.phugiao")).with(csrf()).session(session));
        Matcher m = TOKEN.matcher(list);
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        String review = body(get("/imports/" + token).with(user("phong.phugiao")).session(session));
        assertThat(review).contains("<ol class=\"import-lines\">").contains("Số: 15/KH-PGDĐT")
                .contains("Độ tin cậy 85%").contains("Cần kiểm tra: độ tin cậy thấp").contains("import-low")
                .contains("Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ")
                .contains("Phòng Giáo dục và Đào tạo Phú Giáo").contains("Tạo kế hoạch nháp");
        // someone else's session does not see it
        assertThat(mvc.perform(get("/imports/" + token).with(user("phong.phugiao")).session(new MockHttpSession()))
                .andReturn().getResponse().getStatus()).isEqualTo(404);

        String corrected = "Kế hoạch thực hiện dân vận chính quyền năm học 2025-2026 (đã sửa)";
        mvc.perform(confirm(token, session, "save").param("title", corrected));
        assertThat(body(get("/imports/" + token).with(user("phong.phugiao")).session(session))).contains("(đ&atilde; sửa)");
        assertThat(counts()).as("plan, report, attachment and audit rows before confirming").isEqualTo(before);

        long school = units.findByCode("TH-PS").orElseThrow().id();
        long phong = units.findByCode("PGDDT-PG").orElseThrow().id();
        String refused = body(confirm(token, session, "plan").param("title", corrected).param("unitId", String.valueOf(school + 100000)));
        assertThat(refused).contains("Hãy chọn đơn vị mà bạn được soạn thảo");
        assertThat(counts()).isEqualTo(before);

        String to = mvc.perform(confirm(token, session, "plan").param("title", corrected).param("unitId", String.valueOf(phong)))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(to).matches("/plans/\\d+");
        long id = Long.parseLong(to.replaceAll("\\D", ""));
        assertThat(jdbc.sql("select title from plan where id = :id").param("id", id).query(String.class).single()).isEqualTo(corrected);
        assertThat(jdbc.sql("select content::text from plan where id = :id").param("id", id).query(String.class).single())
                .contains("33/CT-TTg").contains("Tuyên truyền về dân chủ ở cơ sở").contains("ANNUAL").contains("Nguyễn Văn An");
        assertThat(count("plan")).isEqualTo(before.get(0) + 1);
        assertThat(mvc.perform(get("/imports/" + token).with(user("phong.phugiao")).session(session))
                .andReturn().getResponse().getStatus()).as("dropped after confirmation").isEqualTo(404);
    }

    @Test
    void planServiceProblemsAreShownOnTheReviewScreen() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String token = upload(session, "ke-hoach.txt", PLAN.getBytes(StandardCharsets.UTF_8), "phong.phugiao");
        long phong = units.findByCode("PGDDT-PG").orElseThrow().id();
        String page = body(confirm(token, session, "plan").param("title", "").param("unitId", String.valueOf(phong)));
        assertThat(page).contains("Dữ liệu kế hoạch chưa hợp lệ").contains("Nhập trích yếu");
    }

    @Test
    void aReportsOriginalIsAttachedToTheUnitsReport() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String token = upload(session, "bao-cao.docx", docx("TRƯỜNG TIỂU HỌC AN LINH", "Số: 5/BC-THAL",
                "An Linh, ngày 10 tháng 6 năm 2027", "BÁO CÁO", "Kết quả công tác dân vận chính quyền 6 tháng đầu năm 2027",
                "I. KẾT QUẢ", "Tổ chức 3 buổi đối thoại./.", "HIỆU TRƯỞNG", "Lê Thị Hoa"), "th.anlinh");
        String review = body(get("/imports/" + token).with(user("th.anlinh")).session(session));
        assertThat(review).contains("Đính kèm vào báo cáo").doesNotContain("name=\"action\" value=\"plan\"");
        long anLinh = units.findByCode("TH-AL").orElseThrow().id();
        String bad = body(post("/imports/" + token + "/attach").with(user("th.anlinh")).with(csrf()).session(session)
                .param("unitId", String.valueOf(anLinh)).param("formCode", "DVCQ").param("period", "2027-X9"));
        assertThat(bad).contains("Đính kèm vào báo cáo");
        String to = mvc.perform(post("/imports/" + token + "/attach").with(user("th.anlinh")).with(csrf()).session(session)
                        .param("unitId", String.valueOf(anLinh)).param("formCode", "DVCQ").param("period", "2027-S1"))
                .andReturn().getResponse().getRedirectedUrl();
        assertThat(to).matches("/reports/submissions/\\d+");
        long id = Long.parseLong(to.replaceAll("\\D", ""));
        assertThat(jdbc.sql("select file_name from report_attachment where submission_id = :s").param("s", id)
                .query(String.class).list()).containsExactly("bao-cao.docx");
    }

    @Test
    void theNavigationOffersImports() throws Exception {
        assertThat(body(get("/").with(user("th.anlinh")))).contains("href=\"/imports\"").contains("Nhập văn bản");
    }

    private String upload(MockHttpSession session, String name, byte[] content, String username) throws Exception {
        Matcher m = TOKEN.matcher(body(multipart("/imports").file(file(name, content)).with(user(username)).with(csrf())
                .session(session)));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    private MockHttpServletRequestBuilder confirm(String token, MockHttpSession session, String action) {
        return post("/imports/" + token).with(user("phong.phugiao")).with(csrf()).session(session).param("action", action)
                .param("kind", "KE_HOACH").param("periodKind", "SCHOOL_YEAR").param("periodValue", "2025-2026")
                .param("place", "Phú Giáo")
                .param("bases", "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ")
                .param("sections", "MỤC ĐÍCH, YÊU CẦU\nNHIỆM VỤ TRỌNG TÂM\nTỔ CHỨC THỰC HIỆN")
                .param("tasks[0].number", "1").param("tasks[0].heading", "Tuyên truyền về dân chủ ở cơ sở")
                .param("tasks[0].subitems", "1")
                .param("deadlines[0].period", "ANNUAL").param("deadlines[0].due", "2026-05-20")
                .param("recipients", "Sở GDĐT Bình Dương\nLưu: VT")
                .param("signers[0].onBehalf", "KT. TRƯỞNG PHÒNG").param("signers[0].title", "PHÓ TRƯỞNG PHÒNG")
                .param("signers[0].name", "Nguyễn Văn An");
    }

    static byte[] docx(String... lines) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XWPFDocument doc = new XWPFDocument()) {
            for (String line : lines) {
                doc.createParagraph().createRun().setText(line);
            }
            doc.write(out);
        }
        return out.toByteArray();
    }
}
