package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.gandan.imports.Extraction.Period;

/** The period a document is for, and the part of it its title names; no year read → no period, never a kind alone. */
class PeriodsTests {

    private static final String UNDATED = "TRƯỜNG TIỂU HỌC AN LINH\nKẾ HOẠCH\nTổ chức hội nghị đối thoại với cha mẹ học sinh\n"
            + "I. MỤC ĐÍCH\n1. Lắng nghe ý kiến.\n";

    @Test
    void aDocumentWithoutAnyYearHasNoPeriodAtAllNotAKindWithoutAValue() {
        Extraction e = Extractor.extract("kh.txt", UNDATED);
        assertThat(e.period()).isNull();
        assertThat(e.confidence().get("period")).isLessThan(0.5);
        String json = Json.write(e);
        assertThat(json).contains("\"period\": null").doesNotContain("\"value\": null");
        ReviewForm f = ReviewForm.from(e);
        assertThat(f.getPeriodKind()).isNull();
        assertThat(f.getPeriodValue()).isNull();
    }

    @Test
    void theIssueDatesYearStandsInWhenTheTitleNamesNone() {
        Extraction e = Extractor.extract("kh.txt", "Số: 7/KH-THAL\nAn Linh, ngày 02 tháng 3 năm 2026\n" + UNDATED.substring(24));
        assertThat(e.period()).isEqualTo(new Period("YEAR", "2026"));
        assertThat(Json.write(e.period())).doesNotContain("part");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            Kế hoạch thực hiện dân chủ ở cơ sở năm học 2025-2026                    | SCHOOL_YEAR | 2025-2026 | -
            Kế hoạch hoạt động tháng 10 năm học 2025 – 2026                         | SCHOOL_YEAR | 2025-2026 | MONTH_10
            Sơ kết quy chế dân chủ học kỳ I năm học 2022- 2023                      | SCHOOL_YEAR | 2022-2023 | SEMESTER_1
            Kế hoạch hoạt động HỌC KÌ II NĂM HỌC 2024-2025                          | SCHOOL_YEAR | 2024-2025 | SEMESTER_2
            Công tác dân vận 6 tháng đầu năm 2025                                   | YEAR        | 2025      | HALF_1
            Công tác dân vận sáu tháng cuối năm 2025                                | YEAR        | 2025      | HALF_2
            Kết quả 9 tháng đầu năm 2025                                            | YEAR        | 2025      | NINE_MONTHS
            Kế hoạch công tác quý III năm 2025                                      | YEAR        | 2025      | QUARTER_3
            Kế hoạch công tác quý IV/2025                                           | YEAR        | 2025      | QUARTER_4
            Kế hoạch hoạt động tháng 12/2025                                        | YEAR        | 2025      | MONTH_12
            Kế hoạch tuyên truyền tháng 3 năm 2026                                  | YEAR        | 2026      | MONTH_3
            Triển khai Kế hoạch số 200-KH/TU ngày 17 tháng 10 năm 2019 của Tỉnh ủy   | YEAR        | 2019      | -
            Thực hiện Quyết định số 36/2019/QĐ-UBND ngày 12/08/2019                 | YEAR        | 2024      | -
            """)
    void theTitleNamesThePeriodAndItsPart(String title, String kind, String value, String part) {
        Period p = Periods.of(title, "", 2024, new HashMap<>());
        assertThat(p).isEqualTo(new Period(kind, value, part));
    }

    @Test
    void aYearOnlyAfterAMonthIsReadAndAnUndatedTitleWithoutYearHasNone() {
        Map<String, Double> conf = new HashMap<>();
        assertThat(Periods.of("Kế hoạch hoạt động tháng 9", "", null, conf)).isNull();
        assertThat(conf.get("period")).isEqualTo(0.1);
        assertThat(Periods.part("Kế hoạch hoạt động tháng 9")).isEqualTo("MONTH_9");
        assertThat(Periods.part("Kế hoạch năm 2025")).isNull();
    }

    @Test
    void theReviewFormCarriesThePartAndTheDraftKeepsItInTheTitle() {
        Extraction e = Extractor.extract("kh.txt", "Số: 7/KH-THAL\nAn Linh, ngày 02 tháng 3 năm 2026\nKẾ HOẠCH\n"
                + "Công tác dân vận quý II năm 2026\nI. MỤC ĐÍCH\n1. Lắng nghe ý kiến.\n");
        ReviewForm f = ReviewForm.from(e);
        assertThat(f.getPeriodKind()).isEqualTo("YEAR");
        assertThat(f.getPeriodValue()).isEqualTo("2026");
        assertThat(f.getPeriodPart()).isEqualTo("QUARTER_2");
        assertThat(Json.write(e)).contains("\"part\": \"QUARTER_2\"");
    }
}
