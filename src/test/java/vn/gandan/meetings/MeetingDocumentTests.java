package vn.gandan.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;

/** The conference's resolution and the board's decision in the NĐ 30 layout (.docx, .pdf); the election is a recorded vote. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class MeetingDocumentTests {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    private static String text(byte[] docx) throws Exception {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx)); XWPFWordExtractor x = new XWPFWordExtractor(doc)) {
            return x.getText();
        }
    }

    private long demoConference() {
        return jdbc.sql("""
                        select m.id from meeting m join org_unit u on u.id = m.unit_id
                        where u.code = 'TH-PS' and m.kind = 'HOI_NGHI_CBCCVC' and m.resolution is not null order by m.id limit 1""")
                .query(Long.class).single();
    }

    @Test
    void theConferenceResolutionIsANghiQuyetWithItsVotesAndTurnout_G5() throws Exception {
        ApiClient lead = new ApiClient(port).as("th.phuocsang");
        long id = demoConference();
        HttpResponse<byte[]> docx = lead.getBytes("/api/v1/meetings/" + id + "/resolution.docx");
        assertThat(docx.statusCode()).isEqualTo(200);
        assertThat(docx.headers().firstValue("Content-Disposition").orElse("")).contains("nghi-quyet-" + id + ".docx");
        assertThat(text(docx.body())).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("NGHỊ QUYẾT").contains("QUYẾT NGHỊ:")
                .contains("Điều 1.").contains("Bầu Ban thanh tra nhân dân nhiệm kỳ mới").contains("tán thành 33/36")
                .contains("TM. HỘI NGHỊ").contains("Lưu: VT");
        HttpResponse<byte[]> pdf = lead.getBytes("/api/v1/meetings/" + id + "/resolution.pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(new ApiClient(port).as("th.anlinh").getBytes("/api/v1/meetings/" + id + "/resolution.docx").statusCode()).isEqualTo(404);
    }

    @Test
    void theBoardDecisionRecognisesTheElectedMembersForTheTerm_G6() throws Exception {
        ApiClient lead = new ApiClient(port).as("th.phuocsang");
        long board = jdbc.sql("select b.id from inspection_board b join org_unit u on u.id = b.unit_id where u.code = 'TH-PS' order by b.id limit 1")
                .query(Long.class).single();
        String t = text(lead.getBytes("/api/v1/inspection-boards/" + board + "/decision.docx").body());
        assertThat(t).contains("QUYẾT ĐỊNH").contains("Về việc công nhận Ban Thanh tra nhân dân nhiệm kỳ")
                .contains("Căn cứ biên bản bầu Ban Thanh tra nhân dân").contains("Nguyễn Thị Lan — Giáo viên — Trưởng ban")
                .contains("HIỆU TRƯỞNG");
        assertThat(new String(lead.getBytes("/api/v1/inspection-boards/" + board + "/decision.pdf").body(), 0, 5)).isEqualTo("%PDF-");
        assertThat(new ApiClient(port).as("th.anlinh").getBytes("/api/v1/inspection-boards/" + board + "/decision.pdf").statusCode()).isEqualTo(404);
    }

    @Test
    void theBoardIsElectedByARecordedVoteOfTheConference_G6() {
        ApiClient lead = new ApiClient(port).as("th.anlinh");
        long school = jdbc.sql("select id from org_unit where code = 'TH-AL'").query(Long.class).single();
        long conference = ApiClient.id(lead.post("/api/v1/meetings", "{\"unitId\":" + school + ",\"kind\":\"HOI_NGHI_CBCCVC\","
                + "\"extraordinary\":true,\"heldOn\":\"2027-01-15\",\"title\":\"Hội nghị bầu Ban TTND\"}").body());
        String members = "[{\"name\":\"Nguyễn Văn A\",\"position\":\"Giáo viên\",\"role\":\"TRUONG_BAN\"},"
                + "{\"name\":\"Trần Thị B\",\"position\":\"Giáo viên\"},{\"name\":\"Lê C\",\"position\":\"Nhân viên\"}]";
        String body = "{\"unitId\":" + school + ",\"termFrom\":\"2033-01-01\",\"staffCount\":20,\"electionMeetingId\":" + conference
                + ",\"proposedBy\":\"Ban Chấp hành Công đoàn\",\"members\":" + members + "}";
        HttpResponse<String> noVote = lead.post("/api/v1/inspection-boards", body);
        assertThat(noVote.statusCode()).isEqualTo(422);
        assertThat(noVote.body()).contains("\"field\":\"electionMeetingId\"").contains("biểu quyết");
        long item = ApiClient.id(lead.post("/api/v1/meetings/" + conference + "/items", "{\"kind\":\"DECIDE\",\"title\":\"Bầu Ban TTND\"}").body());
        lead.post("/api/v1/meetings/" + conference + "/items/" + item + "/vote", "{\"eligible\":20,\"present\":18,\"votesFor\":17,\"votesAgainst\":1,\"abstentions\":0}");
        assertThat(lead.post("/api/v1/inspection-boards", body).statusCode()).isEqualTo(201);
    }
}
