package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 15: issuer shapes, each written here as a short text of our own. One vocabulary of unit-opening words
 * ({@link UnitNames}) serves the header step ({@link GluedCells}) and the name grammar, each splitting on its own subset;
 * a news subject after a base clause's comma starts after that comma; a province's Đoàn (Tỉnh đoàn, Thành đoàn …) is a
 * body; "ra" issues only a document ("đã ra Nghị quyết"); a school's own number ("SỐ 1") is part of its name; an education
 * office named with its bare place ("SỞ … BẮC GIANG") ends before the school run on after it.
 */
class IssuerShapesSession15Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static List<String> cells(String line) {
        List<HeaderSegments.Seg> out = new ArrayList<>();
        String rest = GluedCells.split(0, line, out);
        List<String> texts = new ArrayList<>(out.stream().map(HeaderSegments.Seg::text).toList());
        if (!rest.isBlank()) {
            texts.add(rest.strip());
        }
        return texts;
    }

    @Test
    void aLowerUnitGluedToTheCapitalsAboveIsSplitByBothSteps() {
        String line = "ĐẢNG BỘ XÃ PHÚ LỘCCHI BỘ TRƯỜNG TIỂU HỌC PHÚ LỘC";
        assertThat(cells(line)).containsExactly("ĐẢNG BỘ XÃ PHÚ LỘC", "CHI BỘ TRƯỜNG TIỂU HỌC PHÚ LỘC");
        UnitNames.Split two = UnitNames.split(line);
        assertThat(two.upper()).isEqualTo("ĐẢNG BỘ XÃ PHÚ LỘC");
        assertThat(two.unit()).isEqualTo("CHI BỘ TRƯỜNG TIỂU HỌC PHÚ LỘC");
    }

    @Test
    void aBoardUnderALocalityIsSplitByTheNameGrammarButNotInARawHeaderCell() {
        String line = "UBND TỈNH KON TUM BAN DÂN TỘC";
        assertThat(cells(line)).containsExactly(line);
        UnitNames.Split two = UnitNames.split(line);
        assertThat(two.upper()).isEqualTo("UBND TỈNH KON TUM");
        assertThat(two.unit()).isEqualTo("BAN DÂN TỘC");
    }

    @Test
    void aSpacedUnionCellAfterAWholeUnitIsACellOfItsOwnInTheHeaderStep() {
        assertThat(cells("LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐÔNG HẢI CĐCS TRƯỜNG MẦM NON HƯỚNG DƯƠNG"))
                .containsExactly("LIÊN ĐOÀN LAO ĐỘNG HUYỆN ĐÔNG HẢI", "CĐCS TRƯỜNG MẦM NON HƯỚNG DƯƠNG");
    }

    @Test
    void aNewsSubjectAfterABaseClauseStartsAfterTheClauseComma() {
        Extraction e = read("Tăng cường kỷ cương hành chính\n\nThực hiện chỉ đạo của UBND tỉnh, Sở Tư pháp tỉnh Gia Lai đã ban hành "
                + "Công văn số 812/STP-VP về việc tăng cường kỷ cương hành chính. Công văn yêu cầu các phòng …\n");
        assertThat(e.issuers()).containsExactly("Sở Tư pháp tỉnh Gia Lai");
    }

    @Test
    void aNameWithItsOwnCommaKeepsItWhenNoUnitHeadFollows() {
        Extraction e = read("Kế hoạch tổ chức Ngày Văn hóa các dân tộc\n\nSở Văn hóa, Thể thao và Du lịch tỉnh Sơn La vừa ban hành "
                + "Kế hoạch số 90/KH-SVHTTDL về tổ chức Ngày Văn hóa các dân tộc Việt Nam năm 2022. Theo đó …\n");
        assertThat(e.issuers()).containsExactly("Sở Văn hóa, Thể thao và Du lịch tỉnh Sơn La");
    }

    @Test
    void aProvinceLevelDoanIsABodyOfTheNewsSubject() {
        Extraction e = read("Phát động Tháng Thanh niên\n\nTỉnh đoàn Hậu Giang vừa ban hành Kế hoạch số 88-KH/TĐTN-PT về tổ chức "
                + "Tháng Thanh niên năm 2024. Theo kế hoạch, …\n");
        assertThat(e.issuers()).containsExactly("Tỉnh đoàn Hậu Giang");
    }

    @Test
    void raIssuesADocumentWhenAKindWordFollows() {
        Extraction e = read("Huyện ủy ra nghị quyết về kinh tế\n\nNgày 8/1/2021, Huyện ủy Đak Pơ đã ra Nghị quyết số 22-NQ/HU về lãnh "
                + "đạo phát triển kinh tế - xã hội năm 2021. Nghị quyết xác định …\n");
        assertThat(e.issuers()).containsExactly("Huyện ủy Đak Pơ");
    }

    @Test
    void raWithoutAKindWordIsNoIssuingVerb() {
        assertThat(IssuerSignals.candidates(new TextLines("Ra quân tình nguyện\n\nNgày 8/1/2021, Huyện đoàn Đak Pơ đã ra quân "
                + "hưởng ứng chiến dịch tình nguyện mùa đông.\n"), null)).isEmpty();
    }

    @Test
    void aSchoolsOwnNumberIsPartOfItsNameAndABarePlaceEndsTheOfficeBeforeIt() {
        Extraction e = read("SỞ GIÁO DỤC VÀ ĐÀO TẠO TUYÊN QUANG TRƯỜNG THPT SƠN DƯƠNG SỐ 2 Số: 31/KH-THPT CỘNG HÒA XÃ HỘI CHỦ "
                + "NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Sơn Dương, ngày 5 tháng 10 năm 2021 KẾ HOẠCH Tổ chức hội nghị cán bộ\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG THPT SƠN DƯƠNG SỐ 2");
        assertThat(e.parentIssuer()).isEqualTo("SỞ GIÁO DỤC VÀ ĐÀO TẠO TUYÊN QUANG");
        assertThat(e.number()).isEqualTo(31);
    }
    @Test
    void anOrganWithoutItsLocalityOverTheWholeNameIsTheIssuerNotItsSuperior() {
        assertThat(IssuerSignals.decide(java.util.List.of("HỘI ĐỒNG NHÂN DÂN TỈNH SÓC TRĂNG"), "HỘI ĐỒNG NHÂN DÂN", 0.85, "NQ-HĐND",
                new TextLines("x\n")).parent()).isNull();
        assertThat(IssuerSignals.decide(java.util.List.of("SỞ GIÁO DỤC VÀ ĐÀO TẠO"), "UBND TỈNH SÓC TRĂNG", 0.85, "SGDĐT",
                new TextLines("x\n")).parent()).isEqualTo("UBND TỈNH SÓC TRĂNG");
    }

    @Test
    void aMottoWithAMisspeltWordIsStillTheMottoAndNeverASuperiorBody() {
        Extraction e = read("HỘI LIÊN HIỆP PHỤ NỮ XÃ AN HÒA        CỘNG HOÀ XÃ HÔI CHỦ NGHĨA VIỆT NAM\n"
                + "                                      Độc lập - Tự do - Hạnh phúc\n"
                + "Số: 05/KH-HPN                         An Hòa, ngày 2 tháng 3 năm 2021\n\nKẾ HOẠCH\nTổ chức kỷ niệm ngày Quốc tế Phụ nữ 8/3\n");
        assertThat(e.issuers()).containsExactly("HỘI LIÊN HIỆP PHỤ NỮ XÃ AN HÒA");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aNewsSubjectRightAfterAWrittenOutDateIsTheIssuer() {
        Extraction e = read("Sắp xếp các chi hội bởi Lan 12 Tháng 8, 2025 Ban Thường vụ Hội Nông dân tỉnh Cà Mau hướng dẫn sắp xếp "
                + "các chi hội ở cấp xã sau hợp nhất. Mục tiêu là …\n");
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Hội Nông dân tỉnh Cà Mau");
    }
}
