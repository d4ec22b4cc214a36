package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.util.HtmlUtils;

/**
 * Defect 12 in the importer: a co-receiver's name that matches no unit was dropped silently; the review form now warns
 * in place, naming the unmatched names, with the typed text kept so the user can correct it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ImportCoReceiverWarningTests {

    private static final Pattern TOKEN = Pattern.compile("/imports/([0-9a-f-]{36})");
    private static final String PLAN = String.join("\n",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÚ GIÁO", "Số: 16/KH-PGDĐT", "Phú Giáo, ngày 10 tháng 9 năm 2025", "KẾ HOẠCH",
            "Thực hiện công tác dân vận chính quyền năm học 2025-2026", "I. MỤC ĐÍCH, YÊU CẦU", "Nâng cao nhận thức.",
            "II. TỔ CHỨC THỰC HIỆN", "Các trường báo cáo năm trước ngày 20/5/2026 về Phòng./.",
            "Nơi nhận:", "- Lưu: VT.", "TRƯỞNG PHÒNG", "Nguyễn Văn An");

    @Autowired
    WebApplicationContext context;

    @Test
    void anUnmatchedCoReceiverIsNamedInPlaceWithTheTypedTextKept_defect12() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        MockHttpSession session = new MockHttpSession();
        Matcher m = TOKEN.matcher(body(mvc, multipart("/imports").file(new MockMultipartFile("files", "kh.txt",
                "application/octet-stream", PLAN.getBytes(StandardCharsets.UTF_8))).with(user("phong.phugiao")).with(csrf())
                .session(session)));
        assertThat(m.find()).isTrue();
        String token = m.group(1);

        mvc.perform(save(token, session, "CDGD-BD, Hội Khuyến học huyện; Công đoàn ngành Y"));
        String review = body(mvc, get("/imports/" + token).with(user("phong.phugiao")).session(session));
        assertThat(review).contains("aria-describedby=\"co-unknown-0\"").contains("id=\"co-unknown-0\"");
        String text = HtmlUtils.htmlUnescape(review);
        assertThat(text).contains("Không tìm thấy đơn vị: Hội Khuyến học huyện, Công đoàn ngành Y — chọn đơn vị hoặc bỏ trống")
                .as("the typed text kept").contains("value=\"CDGD-BD, Hội Khuyến học huyện; Công đoàn ngành Y\"");
        assertThat(text).as("a matched code is not named").doesNotContain("Không tìm thấy đơn vị: CDGD-BD");

        mvc.perform(save(token, session, "CDGD-BD"));
        assertThat(body(mvc, get("/imports/" + token).with(user("phong.phugiao")).session(session)))
                .as("corrected: no warning").doesNotContain("co-unknown-0");
    }

    private static RequestBuilder save(String token, MockHttpSession session, String coReceivers) {
        return post("/imports/" + token).with(user("phong.phugiao")).with(csrf()).session(session).param("action", "save")
                .param("kind", "KE_HOACH").param("title", "Kế hoạch thử đồng gửi").param("periodKind", "SCHOOL_YEAR")
                .param("periodValue", "2025-2026").param("deadlines[0].period", "ANNUAL").param("deadlines[0].due", "2026-05-20")
                .param("deadlines[0].coReceivers", coReceivers);
    }

    private static String body(MockMvc mvc, RequestBuilder req) throws Exception {
        return mvc.perform(req).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
