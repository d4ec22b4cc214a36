package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.gandan.imports.LearntHeader.Candidate;
import vn.gandan.imports.LearntHeader.Field;

/** Session 17: the learnt labeller's candidates and features on short texts written for the purpose, and its committed weights. */
class LearntHeaderTests {

    private static final String HEADER = String.join("\n",
            "UBND HUYỆN AN LÃO          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO          Độc lập - Tự do - Hạnh phúc",
            "Số: 12/KH-PGDĐT          An Lão, ngày 5 tháng 9 năm 2024",
            "KẾ HOẠCH",
            "Tổ chức Ngày hội đọc sách năm học 2024-2025",
            "Căn cứ Kế hoạch số 30/KH-UBND ngày 1/9/2024 của UBND huyện An Lão;",
            "I. MỤC ĐÍCH, YÊU CẦU");
    private static final String NEWS = String.join("\n",
            "Tin tức - Sự kiện",
            "Ngày 5/3/2024, Phòng Giáo dục và Đào tạo đã tổ chức hội nghị.",
            "Theo Kế hoạch số 12/KH-UBND của UBND huyện Tuy Phước về tổ chức Ngày hội đọc sách năm 2024, các trường tham gia.");

    private static List<Candidate> candidates(Field field, String text) {
        TextLines d = new TextLines(text);
        return LearntHeader.candidates(field, LearntHeader.head(d), d.joined.toString(), Extractor.extract("t.txt", text));
    }

    private static List<String> values(List<Candidate> cs) {
        return cs.stream().map(c -> String.join(" | ", c.value())).toList();
    }

    private static Candidate find(List<Candidate> cs, String value, String source) {
        return cs.stream().filter(c -> String.join(" | ", c.value()).equals(value) && c.source().equals(source)).findFirst().orElseThrow();
    }

    @Test
    void theRulesAnswerComesFirstAndEmptyIsAlwaysOffered() {
        List<Candidate> cs = candidates(Field.TITLE, HEADER);
        assertThat(cs.get(0).source()).isEqualTo("rule");
        assertThat(cs.get(0).value()).containsExactly("Tổ chức Ngày hội đọc sách năm học 2024-2025");
        assertThat(cs).anyMatch(c -> c.source().equals("empty") && c.value().isEmpty());
        assertThat(candidates(Field.ISSUERS, "một dòng chữ không có gì")).anyMatch(c -> c.source().equals("empty"));
    }

    @Test
    void aTwoColumnHeaderGivesItsCellsAndTheUnitOverTwoLines() {
        List<String> issuers = values(candidates(Field.ISSUERS, HEADER).stream().filter(c -> !c.source().equals("rule")).toList());
        assertThat(issuers).contains("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "UBND HUYỆN AN LÃO", "UBND HUYỆN AN LÃO PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
        assertThat(issuers).doesNotHaveDuplicates(); // only the rules' own answer may repeat a span (it is told apart by its source)
    }

    @Test
    void aTitleIsOfferedAsTheLineBelowTheKindAndAsLinesJoined() {
        List<Candidate> cs = candidates(Field.TITLE, HEADER);
        Candidate below = find(cs, "Tổ chức Ngày hội đọc sách năm học 2024-2025", "line");
        assertThat(below.features()).contains("t:kind=after1", "t:above=kindonly", "t:below=body", "t:rule=same&conf=hi");
        assertThat(values(cs)).contains("KẾ HOẠCH Tổ chức Ngày hội đọc sách năm học 2024-2025");
    }

    @Test
    void aNewsSentenceGivesTheIssuerAfterCuaAndTheSubjectAfterVe() {
        assertThat(values(candidates(Field.ISSUERS, NEWS))).contains("UBND huyện Tuy Phước");
        assertThat(values(candidates(Field.TITLE, NEWS))).contains("về tổ chức Ngày hội đọc sách năm 2024", "tổ chức Ngày hội đọc sách năm 2024");
    }

    @Test
    void featuresDescribeCapitalsUnitWordsLengthAndPosition() {
        List<String> unit = LearntHeader.features(Field.ISSUERS, List.of("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO"), "cell", 1,
                new LearntHeader.Anchors(0, 2, 3, 2), List.of(), 0.1);
        assertThat(unit).contains("i:caps=all", "i:unit=true&caps=all", "i:motto=after1", "i:number=before", "i:words=<7",
                "i:rule=none&conf=lo", "i:shape=hdr+kind&conf=lo");
        List<String> sentence = LearntHeader.features(Field.TITLE, List.of("về việc tổ chức hội thi, năm 2024"), "about", -1,
                new LearntHeader.Anchors(-1, -1, -1, -1), List.of("Kế hoạch khác"), 0.85);
        assertThat(sentence).contains("t:ve", "t:comma", "t:digit", "t:lead=lower", "t:caps=few", "t:rule=other&conf=hi", "t:src=about&shape=bare");
        assertThat(sentence).noneMatch(f -> f.startsWith("t:pos="));
        assertThat(LearntHeader.features(Field.TITLE, List.of(), "empty", -1, new LearntHeader.Anchors(-1, -1, -1, -1), List.of(), 0.2))
                .contains("t:empty&ruleEmpty=true", "t:empty&conf=lo");
    }
}
