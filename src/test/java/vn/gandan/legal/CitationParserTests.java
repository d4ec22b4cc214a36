package vn.gandan.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CitationParserTests {

    @Test
    void partyNumberWithHyphenDateIssuerAndTitle() {
        Citation c = CitationParser.parse("Căn cứ Quyết định số 23-QĐ/TW ngày 30/7/2021 của Bộ Chính trị về việc ban hành"
                + " Quy chế công tác dân vận của hệ thống chính trị;").orElseThrow();
        assertThat(c).isEqualTo(new Citation("Quyết định", "23-QĐ/TW", LocalDate.of(2021, 7, 30), "Bộ Chính trị",
                "về việc ban hành Quy chế công tác dân vận của hệ thống chính trị"));
    }

    @Test
    void stateNumberWithDateInTangNamForm() {
        Citation c = CitationParser.parse("Thực hiện Kế hoạch số 379/KH-SGDĐT ngày 10 tháng 02 năm 2025 của Sở GDĐT"
                + " Bình Dương về Kế hoạch thực hiện công tác dân vận chính quyền năm 2025.").orElseThrow();
        assertThat(c.docType()).isEqualTo("Kế hoạch");
        assertThat(c.numberSymbol()).isEqualTo("379/KH-SGDĐT");
        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 2, 10));
        assertThat(c.issuer()).isEqualTo("Sở GDĐT Bình Dương");
        assertThat(c.title()).isEqualTo("về Kế hoạch thực hiện công tác dân vận chính quyền năm 2025");
    }

    @Test
    void dateWrittenInWords() {
        Citation c = CitationParser.parse("Chỉ thị số 05-CT/TU ngày mười lăm tháng năm năm hai nghìn không trăm"
                + " hai mươi lăm của Ban Thường vụ Tỉnh ủy về tăng cường công tác dân vận").orElseThrow();
        assertThat(c.date()).isEqualTo(LocalDate.of(2025, 5, 15));
        assertThat(c.issuer()).isEqualTo("Ban Thường vụ Tỉnh ủy");
    }

    @Test
    void whitespaceInsideNumberSymbolIsRemovedAndTypeCapitalised() {
        Citation c = CitationParser.parse("theo quy định 503/KH- GDĐT ngày 2-10-2023").orElseThrow();
        assertThat(c.docType()).isEqualTo("Quy định");
        assertThat(c.numberSymbol()).isEqualTo("503/KH-GDĐT");
        assertThat(c.date()).isEqualTo(LocalDate.of(2023, 10, 2));
        assertThat(c.issuer()).isNull();
    }

    @Test
    void bareNumberCountsOnlyAfterSo() {
        assertThat(CitationParser.parseAll("Kế hoạch số 06 ngày 12/01/2022 của UBND huyện"))
                .extracting(Citation::numberSymbol).containsExactly("06");
        assertThat(CitationParser.parseAll("Kế hoạch 2025 của trường")).isEmpty();
    }

    @Test
    void nestedCitationStaysInTitleAndIsAlsoListed() {
        List<Citation> all = CitationParser.parseAll("Kế hoạch số 799/KH-UBND ngày 23/02/2022 của UBND tỉnh triển khai"
                + " thực hiện Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ về tiếp tục đổi mới.");
        assertThat(all).extracting(Citation::numberSymbol).containsExactly("799/KH-UBND", "33/CT-TTg");
        assertThat(all.get(0).title()).startsWith("triển khai thực hiện Chỉ thị số 33/CT-TTg").endsWith("đổi mới");
        assertThat(all.get(1).issuer()).isEqualTo("Thủ tướng Chính phủ");
    }

    @Test
    void joinedCitationsEndEachOthersTitleAndGenericTailIsCut() {
        List<Citation> all = CitationParser.parseAll("Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ"
                + " về thực hiện dân chủ; Thông tư số 11/2020/TT-BGDĐT ngày 19/5/2020 của Bộ Giáo dục và Đào tạo"
                + " hướng dẫn thực hiện dân chủ và các văn bản khác có liên quan.");
        assertThat(all).hasSize(2);
        assertThat(all.get(0).title()).isEqualTo("về thực hiện dân chủ");
        assertThat(all.get(1).issuer()).isEqualTo("Bộ Giáo dục và Đào tạo");
        assertThat(all.get(1).title()).isEqualTo("hướng dẫn thực hiện dân chủ");
    }

    @Test
    void duplicatesMergeFirstValueWins() {
        List<Citation> all = CitationParser.parseAll("Nghị định 04/2015/NĐ-CP. Theo Nghị định số 04/2015/NĐ-CP"
                + " ngày 09/01/2015 của Chính phủ.");
        assertThat(all).singleElement().satisfies(c -> {
            assertThat(c.issuer()).isEqualTo("Chính phủ");
            assertThat(c.date()).isEqualTo(LocalDate.of(2015, 1, 9));
        });
    }

    @Test
    void vietnameseNumberWords() {
        assertThat(VietnameseNumbers.parse("hai mươi mốt")).isEqualTo(21);
        assertThat(VietnameseNumbers.parse("hai nghìn không trăm mười tám")).isEqualTo(2018);
        assertThat(VietnameseNumbers.parseMonth("giêng")).isEqualTo(1);
    }
}
