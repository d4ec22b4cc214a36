package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Header shapes of the session 11 second development batch, each written here as a short text of our own: the Đội
 * header, a document run onto one line, a directive named in a sentence, a locality before "NHIỆM KỲ", a title that
 * goes on inside a bracket and over a lower-case line.
 */
class HeaderShapesSession11BatchTwoTests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void doiHeaderGluedToTheUnitWithABlankNumberAndAnEnDash() {
        Extraction e = read("""
                ĐỘI TNTP HỒ CHÍ MINHLIÊN ĐỘI TRƯỜNG TH AN BÌNH

                ***

                Số:    – KH/LĐ

                An Bình, ngày 12 tháng 10 năm 2018

                KẾ HOẠCH TỔ CHỨC ĐẠI HỘI LIÊN ĐỘI

                NĂM HỌC 2018 – 2019

                Căn cứ Chương trình công tác Đội năm học 2018 - 2019;
                """);
        assertThat(e.issuers()).containsExactly("LIÊN ĐỘI TRƯỜNG TH AN BÌNH");
        assertThat(e.number()).isNull();
        assertThat(e.symbol()).isEqualTo("KH/LĐ");
        assertThat(e.title()).isEqualTo("TỔ CHỨC ĐẠI HỘI LIÊN ĐỘI NĂM HỌC 2018 – 2019");
    }

    @Test
    void documentRunOntoOneLineGivesItsUnitAndTitle() {
        Extraction e = read("TRƯỜNG THCS HÒA AN KẾ HOẠCH HOẠT ĐỘNG NGOÀI GIỜ NĂM HỌC 2012 – 2013 Năm học 2012 – 2013 là năm học "
                + "tiếp tục thực hiện các cuộc vận động của ngành, căn cứ vào tình hình thực tế của nhà trường.\n");
        assertThat(e.issuers()).containsExactly("TRƯỜNG THCS HÒA AN");
        assertThat(e.title()).isEqualTo("HOẠT ĐỘNG NGOÀI GIỜ NĂM HỌC 2012 – 2013");
    }

    @Test
    void directiveNamedInASentenceGivesNumberSubjectAndIssuer() {
        Extraction e = read("""
                NHIỆM VỤ NĂM HỌC MỚI
                Chỉ thị số 2268/CT-BGDĐT về việc thực hiện nhiệm vụ năm học 2019-2020 của Bộ Giáo dục và Đào tạo yêu cầu các địa phương tập trung vào chín nhiệm vụ.
                """);
        assertThat(e.number()).isEqualTo(2268);
        assertThat(e.symbol()).isEqualTo("CT-BGDĐT");
        assertThat(e.issuers()).containsExactly("Bộ Giáo dục và Đào tạo");
        assertThat(e.title()).isEqualTo("thực hiện nhiệm vụ năm học 2019-2020");
    }

    @Test
    void localityEndsBeforeTheTermOfOffice() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN |
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 05/2021/QĐ-UBND |
                Củ Chi, ngày 10 tháng 8 năm 2021 |
                BAN HÀNH QUY CHẾ LÀM VIỆC CỦA ỦY BAN NHÂN DÂN HUYỆN CỦ CHI NHIỆM KỲ 2021 - 2026
                ỦY BAN NHÂN DÂN HUYỆN CỦ CHI
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN HUYỆN CỦ CHI");
    }

    @Test
    void titleGoesOnInsideABracketAndOverALowerCaseLine() {
        Extraction bracket = read("""
                BỘ Y TẾ
                Số: 12/QĐ-BYT
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Hà Nội, ngày 05 tháng 01 năm 2021
                QUYẾT ĐỊNH
                BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2021-2025 (GIAI ĐOẠN
                II)
                BỘ TRƯỞNG BỘ Y TẾ
                Căn cứ Nghị định số 75/2017/NĐ-CP;
                """);
        assertThat(bracket.title()).isEqualTo("BAN HÀNH KẾ HOẠCH THỰC HIỆN ĐỀ ÁN GIAI ĐOẠN 2021-2025 (GIAI ĐOẠN II)");
        Extraction lower = read("""
                THÔNG TƯ

                Quy định nội dung thanh tra trách nhiệm

                thực hiện pháp luật về tố cáo

                _______________

                Căn cứ Luật Thanh tra số 56/2010/QH12 ngày 15 tháng 11 năm 2010;
                """);
        assertThat(lower.title()).isEqualTo("Quy định nội dung thanh tra trách nhiệm thực hiện pháp luật về tố cáo");
    }
}
