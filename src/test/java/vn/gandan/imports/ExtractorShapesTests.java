package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Documents of shapes the seeds do not show, written by us, follow the README conventions. */
class ExtractorShapesTests {

    private static Map<String, Object> extract(String name) throws IOException {
        try (InputStream in = ExtractorShapesTests.class.getResourceAsStream("/imports/shapes/" + name)) {
            return Extracted.asMap(name, Readers.read(in.readAllBytes()));
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T get(Map<String, Object> m, String key) {
        return (T) m.get(key);
    }

    @Test
    void partyPlanTakesHyphenNumberTwoLineHeaderAndTmSigner() throws IOException {
        Map<String, Object> d = extract("party.txt");
        assertThat(d.get("number")).isEqualTo(15);
        assertThat(d.get("symbol")).isEqualTo("KH/ĐU");
        assertThat(d.get("parent_issuer")).isEqualTo("ĐẢNG BỘ HUYỆN PHÚ HÒA");
        assertThat(get(d, "issuers").toString().toLowerCase()).contains("đảng ủy xã hòa an");
        assertThat(d.get("issue_place")).isEqualTo("Hòa An");
        List<Map<String, Object>> tasks = get(d, "tasks");
        assertThat(tasks).extracting(t -> t.get("subitems")).containsExactly(2, 1);
        List<Map<String, Object>> deadlines = get(d, "report_deadlines");
        assertThat(deadlines).extracting(x -> x.get("period")).containsExactly("SIX_MONTH", "ANNUAL");
        List<Map<String, Object>> signers = get(d, "signers");
        assertThat(signers).singleElement().satisfies(s -> {
            assertThat(s.get("on_behalf")).isEqualTo("T/M ĐẢNG ỦY");
            assertThat(s.get("title")).isEqualTo("PHÓ BÍ THƯ");
        });
    }

    @Test
    void provincePlanPrefersTheFullerBodyNameAndReadsQuarterlyDeadline() throws IOException {
        Map<String, Object> d = extract("province.txt");
        assertThat(d.get("parent_issuer")).isEqualTo("UBND TỈNH ĐỒNG NAI");
        assertThat(get(d, "issuers").toString()).isEqualTo("[Sở Giáo dục và Đào tạo tỉnh Đồng Nai]");
        List<Map<String, Object>> deadlines = get(d, "report_deadlines");
        assertThat(deadlines).singleElement().satisfies(x -> {
            assertThat(x.get("period")).isEqualTo("QUARTERLY");
            assertThat(x.get("due").toString()).isEqualTo("{day=15, month=null, year=null}");
        });
    }

    @Test
    void letterWithPipeFlattenedHeaderIsAnOfficialLetter() throws IOException {
        Map<String, Object> d = extract("letter.txt");
        assertThat(d.get("doc_kind")).isEqualTo("CONG_VAN");
        assertThat(d.get("symbol")).isEqualTo("PGDĐT-TCCB");
        assertThat(d.get("number")).isEqualTo(2316);
        assertThat(d.get("parent_issuer")).isEqualTo("UBND HUYỆN TÂN UYÊN");
        assertThat(d.get("issue_place")).isEqualTo("Tân Uyên");
        assertThat(d.get("title")).isEqualTo("V/v báo cáo kết quả thực hiện dân chủ cơ sở");
        List<Map<String, Object>> signers = get(d, "signers");
        assertThat(signers).extracting(s -> s.get("on_behalf")).containsExactly("KT. TRƯỞNG PHÒNG");
    }

    @Test
    void reportHasNoTasksAndNoDeadlines() throws IOException {
        Map<String, Object> d = extract("report.txt");
        assertThat(d.get("doc_kind")).isEqualTo("BAO_CAO");
        assertThat(d.get("symbol")).isEqualTo("BC-THAB");
        assertThat((List<?>) get(d, "tasks")).isEmpty();
        assertThat((List<?>) get(d, "report_deadlines")).isEmpty();
        assertThat(get(d, "sections").toString()).isEqualTo("[KẾT QUẢ THỰC HIỆN, PHƯƠNG HƯỚNG]");
        assertThat(get(d, "confidence").toString()).contains("doc_kind=0.95");
        assertThat(new String(Json.write(d).getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8))
                .contains("\"parent_issuer\": \"PHÒNG GD&ĐT PHÚ GIÁO\"");
    }
}
