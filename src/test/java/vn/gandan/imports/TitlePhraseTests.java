package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 22: the title as a noun phrase laid out on lines ({@link TitlePhrase}) — a line break inside a phrase that cannot end
 * there goes on whatever the next line looks like, unless that line opens a new structure. Short texts of our own.
 */
class TitlePhraseTests {

    private static final String HEADER = """
            ỦY BAN NHÂN DÂN
            TỈNH HÒA BÌNH
            Số: 18/2020/QĐ-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hòa Bình, ngày 15 tháng 9 năm 2020
            """;

    @Test
    void aPhraseOpenOnAPrepositionGoesOnOverALineThatLooksLikeAnIssuer() {
        Extraction e = Extractor.extract("shape.txt", HEADER + """
                QUYẾT ĐỊNH
                BAN HÀNH QUY CHẾ KIỂM TRA VIỆC THỰC HIỆN NHIỆM VỤ DO
                ỦY BAN NHÂN DÂN TỈNH, CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIAO
                ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.title()).isEqualTo("BAN HÀNH QUY CHẾ KIỂM TRA VIỆC THỰC HIỆN NHIỆM VỤ DO ỦY BAN NHÂN DÂN TỈNH, CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH GIAO");
    }

    @Test
    void aClosedPhraseStopsAboveTheEnactingAuthority() {
        Extraction e = Extractor.extract("shape.txt", HEADER + """
                QUYẾT ĐỊNH
                BAN HÀNH QUY CHẾ KIỂM TRA VIỆC THỰC HIỆN NHIỆM VỤ
                ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.title()).isEqualTo("BAN HÀNH QUY CHẾ KIỂM TRA VIỆC THỰC HIỆN NHIỆM VỤ");
    }

    @Test
    void functionWordsJoiningMarksAndVerbsWantingTheirObjectKeepThePhraseOpen() {
        assertThat(TitlePhrase.continues("KẾ HOẠCH PHỐI HỢP GIỮA", "ỦY BAN NHÂN DÂN HUYỆN VÀ HỘI NÔNG DÂN")).isTrue();
        assertThat(TitlePhrase.continues("Tuyên truyền kỷ niệm 80 năm Cách mạng Tháng Tám và", "Quốc khánh 2/9")).isTrue();
        assertThat(TitlePhrase.continues("SƠ KẾT HỌC KỲ I,", "TRIỂN KHAI NHIỆM VỤ HỌC KỲ II")).isTrue();
        assertThat(TitlePhrase.continues("VỀ VIỆC BAN HÀNH", "QUY CHẾ LÀM VIỆC")).isTrue();
        assertThat(TitlePhrase.continues("TRIỂN KHAI KẾ HOẠCH NĂM HỌC 2020 -", "2021")).isTrue();
        assertThat(TitlePhrase.continues("BAN HÀNH QUY CHẾ KIỂM TRA NHIỆM VỤ", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH")).isFalse();
    }

    @Test
    void aWordTakingANumeralGoesOnOnlyOntoItsNumeral() {
        assertThat(TitlePhrase.continues("SƠ KẾT HỌC KỲ", "I - NĂM HỌC 2018-2019")).isTrue();
        assertThat(TitlePhrase.continues("KẾ HOẠCH PHÁT TRIỂN GIAI ĐOẠN", "2021-2025")).isTrue();
        assertThat(TitlePhrase.continues("THEO NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP NGÀY", "14/02/2008.")).isTrue();
        assertThat(TitlePhrase.continues("KẾ HOẠCH KIỂM TRA HÀNG NĂM", "ỦY BAN NHÂN DÂN TỈNH HÒA BÌNH")).isFalse();
        assertThat(TitlePhrase.continues("TỔNG KẾT HỌC KỲ", "Căn cứ Luật Giáo dục")).isFalse();
    }

    @Test
    void anOfficeTakesItsBodyOnTheNextLine() {
        assertThat(TitlePhrase.continues("QUY CHẾ PHỐI HỢP GIỮA THƯỜNG TRỰC", "HỘI ĐỒNG NHÂN DÂN TỈNH VÀ ỦY BAN NHÂN DÂN TỈNH")).isTrue();
        assertThat(TitlePhrase.awaits("QUY CHẾ PHỐI HỢP GIỮA THƯỜNG TRỰC")).isTrue();
        assertThat(TitlePhrase.awaits("QUY CHẾ PHỐI HỢP CÔNG TÁC")).isFalse();
    }

    @Test
    void aLineOpeningANewStructureEndsEvenAnOpenPhrase() {
        for (String line : new String[] {"Căn cứ Luật Tổ chức chính quyền địa phương;", "Kính gửi: Ủy ban nhân dân các xã", "-----",
                "I. MỤC ĐÍCH, YÊU CẦU", "1. Mục đích", "Hòa Bình, ngày 10 tháng 6 năm 2020", "Số: 15/KH-UBND",
                "Độc lập - Tự do - Hạnh phúc", "Ngày cập nhật 27/07/2023", "QUYẾT ĐỊNH:",
                "Thực hiện Kế hoạch số 12/KH-UBND ngày 02/3/2020 của UBND tỉnh;",
                "Ủy ban nhân dân phường Thủy Lương xây dựng kế hoạch tổ chức hội nghị như sau:"}) {
            assertThat(TitlePhrase.continues("KẾ HOẠCH TỔ CHỨC HỘI NGHỊ CỦA", line)).as(line).isFalse();
        }
        assertThat(TitlePhrase.continues("KẾ HOẠCH TỔNG KẾT NĂM 2020 VÀ", "THỰC HIỆN NGHỊ QUYẾT SỐ 35/NQ-CP")).isTrue();
    }

    @Test
    void aKindLineGluedOntoTheSymbolStartsInsideTheGluedRun() {
        Extraction e = Extractor.extract("shape.txt", """
                PHÒNG GD&ĐT THỊ XÃ BA ĐỒN
                TRƯỜNG TIỂU HỌC QUẢNG AN
                Số:   /BCSK-THQA
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do – Hạnh phúc
                Quảng An, ngày 25 tháng 12 năm 2017
                Số:   /BCSK-THQABÁO CÁO

                SƠ KẾT HỌC KỲ I, TRIỂN KHAI NHIỆM VỤ

                HỌC KỲ II NĂM HỌC 2017 – 2018

                Căn cứ Công văn số 3868/BGDĐT-GDTH ngày 22/8/2017 của Bộ Giáo dục và Đào tạo;
                """);
        assertThat(e.title()).isEqualTo("SƠ KẾT HỌC KỲ I, TRIỂN KHAI NHIỆM VỤ HỌC KỲ II NĂM HỌC 2017 – 2018");
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
        assertThat(GluedCells.kindAfterSymbol("Số: 12/KH-UBND")).isEqualTo("Số: 12/KH-UBND");
    }

    @Test
    void aPortalPostHeadlineAboveItsStampGivesTheTitleWhenThereIsNoHeader() {
        Extraction e = Extractor.extract("shape.txt", """
                Liên kết website
                Kế hoạch Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân xã An Bình năm 2024
                Ngày cập nhật 27/07/2024

                Thực hiện Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015.

                Ủy ban nhân dân xã An Bình xây dựng kế hoạch tổ chức hội nghị đối thoại năm 2024 với mục đích:
                """);
        assertThat(e.title()).isEqualTo("Tổ chức Hội nghị đối thoại giữa Chủ tịch UBND xã với Nhân dân xã An Bình năm 2024");
        assertThat(PostHeadline.subject(java.util.List.of("Kế hoạch Tổ chức Hội nghị đối thoại với Nhân dân năm 2024", "Hội nghị diễn ra sáng nay"))).isNull();
    }

    @Test
    void aWrappedLineLeftOpenByTheBreakIsJoinedEvenWhenTheNextWordWouldHaveFitted() {
        String line = "về việc ban hành Quy chế giám sát và phản biện xã hội của";
        assertThat(WrappedLines.forced(line, "Mặt trận Tổ quốc Việt Nam và các đoàn thể", 70)).isTrue();
        assertThat(WrappedLines.forced(line, "Căn cứ Điều lệ Mặt trận Tổ quốc Việt Nam;", 70)).isFalse();
        assertThat(WrappedLines.forced("về việc ban hành Quy chế giám sát và phản biện xã hội", "Mặt trận Tổ quốc", 70)).isFalse();
    }
}
