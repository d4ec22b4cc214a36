package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 21: where the title of a document WITH a header block ends, in the shapes held-out 11 (retired this session) brought
 * and their next variants — a school-year line under a running-case title, a full stop in front of the period that closes a
 * title, the council's standing body ("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN …") named inside a title, and the place and date cell
 * without its comma under a V/v subject. Each shape as a short text of our own, with the stops it must keep.
 */
class TitleShapesSession21Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static final String SCHOOL = """
            UBND HUYỆN AN PHÚ
            TRƯỜNG THCS AN PHÚ
            Số: 21/KH-THCS
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập – Tự do – Hạnh phúc
            An Phú, ngày 12 tháng 9 năm 2022
            """;

    private static final String COUNCIL = """
            THƯỜNG TRỰC
            HĐND - UBND TỈNH SƠN LA
            -------
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Số: 02/QC-TT.HĐND-UBND
            Sơn La, ngày 10 tháng 4 năm 2022
            QUY CHẾ
            """;

    @Test
    void aSchoolYearLineWithItsColonRightUnderARunningCaseTitleBelongsToIt() {
        Extraction e = read("""
                ĐỘI TNTP HỒ CHÍ MINH
                LIÊN ĐỘI TRƯỜNG TIỂU HỌC HÒA BÌNH
                ***
                Số: 05/KH-LĐ
                Hòa Bình, ngày 05 tháng 10 năm 2021
                KẾ HOẠCH Tổ chức hội thi kể chuyện theo sách cấp Liên đội
                Năm học: 2021 - 2022
                - Căn cứ chương trình công tác Đội năm học 2021 - 2022;
                I. MỤC ĐÍCH - YÊU CẦU
                """);
        assertThat(e.title()).isEqualTo("Tổ chức hội thi kể chuyện theo sách cấp Liên đội Năm học: 2021 - 2022");
        assertThat(e.period().value()).isEqualTo("2021-2022");
    }

    @Test
    void aSchoolYearLineOverABlankLineUnderARunningCaseTitleStaysOut() {
        Extraction e = read(SCHOOL + """
                KẾ HOẠCH
                Thực hiện quy chế dân chủ ở cơ sở

                Năm học: 2022-2023
                Căn cứ Kế hoạch số 41/KH-PGDĐT ngày 03 tháng 9 năm 2022 của Phòng GD và ĐT An Phú;
                """);
        assertThat(e.title()).isEqualTo("Thực hiện quy chế dân chủ ở cơ sở");
        assertThat(TitleTails.schoolYearRightUnder("Năm học: 2022-2023", 1, false, false)).isFalse();
        assertThat(TitleTails.schoolYearRightUnder("Năm học: 2022-2023", 0, true, false)).isFalse();
    }

    @Test
    void aFullStopInFrontOfThePeriodClosingTheTitleIsNoSentenceEnd() {
        Extraction sameLine = read(SCHOOL + """
                KẾ HOẠCH
                Tổ chức các hoạt động ngoại khóa “Em yêu khoa học –
                Sáng tạo trẻ”. Năm học 2022 – 2023
                Căn cứ Kế hoạch số 41/KH-PGDĐT ngày 03 tháng 9 năm 2022 của Phòng GD và ĐT An Phú;
                I. MỤC ĐÍCH YÊU CẦU
                """);
        assertThat(sameLine.title()).isEqualTo("Tổ chức các hoạt động ngoại khóa “Em yêu khoa học – Sáng tạo trẻ”. Năm học 2022 – 2023");
        Extraction nextLine = read(SCHOOL + """
                KẾ HOẠCH
                Tổ chức các hoạt động ngoại khóa “Em yêu khoa học – Sáng tạo trẻ”.
                Năm học 2022 – 2023
                Căn cứ Kế hoạch số 41/KH-PGDĐT ngày 03 tháng 9 năm 2022 của Phòng GD và ĐT An Phú;
                """);
        assertThat(nextLine.title()).isEqualTo("Tổ chức các hoạt động ngoại khóa “Em yêu khoa học – Sáng tạo trẻ”. Năm học 2022 – 2023");
    }

    @Test
    void aFullStopInFrontOfASentenceStillEndsTheTitle() {
        assertThat(TitleSignals.bound("Tổ chức ngày hội đọc sách năm học 2022 – 2023. Nhà trường xây dựng kế hoạch như sau").text())
                .isEqualTo("Tổ chức ngày hội đọc sách năm học 2022 – 2023");
        assertThat(TitleTails.periodLine("Năm học 2022 – 2023")).isTrue();
        assertThat(TitleTails.periodLine("Năm học 2022 – 2023 toàn trường có 20 lớp")).isFalse();
    }

    @Test
    void theCouncilsStandingBodyNamedInsideATitleIsNoEnactingAuthority() {
        Extraction oneLine = read(COUNCIL + """
                PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH VỚI ỦY BAN NHÂN DÂN TỈNH NHIỆM
                KỲ 2021 - 2026
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(oneLine.title()).isEqualTo("PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH VỚI ỦY BAN NHÂN DÂN TỈNH NHIỆM KỲ 2021 - 2026");
        Extraction wrapped = read(COUNCIL + """
                PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC
                HỘI ĐỒNG NHÂN DÂN TỈNH VỚI ỦY BAN NHÂN DÂN TỈNH
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(wrapped.title()).isEqualTo("PHỐI HỢP CÔNG TÁC GIỮA THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN TỈNH VỚI ỦY BAN NHÂN DÂN TỈNH");
    }

    @Test
    void theEnactingAuthorityUnderADecisionsTitleStillEndsIt() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN
                TỈNH SƠN LA
                Số: 12/QĐ-UBND
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Sơn La, ngày 10 tháng 4 năm 2022
                QUYẾT ĐỊNH
                VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA TỈNH
                ỦY BAN NHÂN DÂN TỈNH SƠN LA
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.title()).isEqualTo("VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA TỈNH");
        assertThat(TitleSignals.bound("BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA TỈNH ỦY BAN NHÂN DÂN TỈNH SƠN LA").text())
                .isEqualTo("BAN HÀNH QUY CHẾ TIẾP CÔNG DÂN CỦA TỈNH");
    }

    @Test
    void aPlaceAndDateWithoutItsCommaUnderAVvSubjectIsNoPartOfIt() {
        Extraction e = read("""
                SỞ GIÁO DỤC VÀ ĐÀO TẠO
                PHÒNG KHẢO THÍ
                -------
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập – Tự do – Hạnh phúc
                Số: 112/KT
                V/v: Hướng dẫn tổ chức thi thử năm 2021

                Đà Nẵng ngày 14 tháng 4 năm 2021

                Kính gửi: Các trường trung học phổ thông.
                """);
        assertThat(e.title()).isEqualTo("V/v: Hướng dẫn tổ chức thi thử năm 2021");
        assertThat(TitleTails.placeDateLine("TP. Hồ Chí Minh ngày 30/3/2010")).isTrue();
        assertThat(TitleTails.placeDateLine("Về việc tổ chức ngày 30 tháng 3 năm 2010")).isFalse();
        assertThat(TitleTails.placeDateLine("Hà Nội ngày càng phát triển")).isFalse();
    }

    @Test
    void aPlaceAndDateGluedAfterTheSubjectWithoutItsCommaEndsIt() {
        assertThat(TitleSignals.bound("V/v: Hướng dẫn tổ chức thi thử năm 2021 Đà Nẵng ngày 14 tháng 4 năm 2021").text())
                .isEqualTo("V/v: Hướng dẫn tổ chức thi thử năm 2021");
        assertThat(TitleSignals.bound("V/v: Tổ chức hội nghị tổng kết tại Đà Nẵng ngày 14 tháng 4 năm 2021").text())
                .isEqualTo("V/v: Tổ chức hội nghị tổng kết tại Đà Nẵng ngày 14 tháng 4 năm 2021");
        assertThat(TitleSignals.bound("V/v: Hưởng ứng Ngày Pháp luật Việt Nam ngày 09 tháng 11 năm 2021").text())
                .isEqualTo("V/v: Hưởng ứng Ngày Pháp luật Việt Nam ngày 09 tháng 11 năm 2021");
        assertThat(TitleSignals.bound("V/v: Mời dự hội nghị ngày 14 tháng 4 năm 2021").text())
                .isEqualTo("V/v: Mời dự hội nghị ngày 14 tháng 4 năm 2021");
    }

    @Test
    void theSecondDateOfASpanClosingTheTitleIsNoPostingStamp() {
        Extraction e = read("""
                ĐỘI TNTP HỒ CHÍ MINH
                LIÊN ĐỘI TRƯỜNG THCS AN HÒA
                Số: 10-KH/LĐ
                An Hòa, ngày 08 tháng 11 năm 2021
                KẾ HOẠCH
                Phát động phong trào thi đua chào mừng kỉ niệm 39 năm
                Ngày Nhà giáo Việt Nam 20/11/1982- 20/11/2021
                Căn cứ vào Chương trình công tác Đội và phong trào thiếu nhi năm học 2021-2022;
                """);
        assertThat(e.title()).isEqualTo("Phát động phong trào thi đua chào mừng kỉ niệm 39 năm Ngày Nhà giáo Việt Nam 20/11/1982- 20/11/2021");
        assertThat(TitleSignals.bound("Tổ chức Ngày hội đọc sách năm 2021 Thứ hai, 20/11/2021").text())
                .isEqualTo("Tổ chức Ngày hội đọc sách năm 2021");
    }

    @Test
    void aDraftMarkAloneUnderAHeaderWithoutKindLineDoesNotEndTheSearchForTheTitle() {
        Extraction e = read("""
                TỈNH UỶ HÒA BÌNH
                              *
                 
                    ĐẢNG CỘNG SẢN VIỆT NAM
                Hòa Bình, ngày 15 tháng 6 năm 2020
                Số       -BC/TU
                (Dự thảo lần 3)

                 

                ĐOÀN KẾT, ĐỔI MỚI, PHÁT HUY TIỀM NĂNG, XÂY DỰNG TỈNH HÒA BÌNH

                PHÁT TRIỂN NHANH VÀ BỀN VỮNG

                (Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khoá XVI,

                trình Đại hội Đảng bộ tỉnh lần thứ XVII, nhiệm kỳ 2020 - 2025)

                -----

                Đại hội Đảng bộ tỉnh Hòa Bình lần thứ XVII được tổ chức vào thời điểm quan trọng.
                """);
        assertThat(e.title()).isEqualTo("ĐOÀN KẾT, ĐỔI MỚI, PHÁT HUY TIỀM NĂNG, XÂY DỰNG TỈNH HÒA BÌNH PHÁT TRIỂN NHANH VÀ BỀN VỮNG");
        assertThat(TitleTails.draftMark("(Dự thảo lần 5)")).isTrue();
        assertThat(TitleTails.draftMark("(Dự thảo kế hoạch tổ chức hội nghị)")).isFalse();
    }

    @Test
    void theBodysFirstBulletLeftWhereARunOntoOneLineWasCutIsNoPartOfTheTitle() {
        Extraction e = read("ĐỘI TNTP HỒ CHÍ MINH LIÊN ĐỘI TRƯỜNG TIỂU HỌC HÒA BÌNH *** Số: 05/KH-LĐ Hòa Bình, ngày 05 tháng 10 năm 2021 "
                + "KẾ HOẠCH Tổ chức hội thi kể chuyện theo sách cấp Liên đội Năm học: 2021 - 2022 - Căn cứ chương trình công tác Đội "
                + "năm học 2021 - 2022; I. MỤC ĐÍCH - YÊU CẦU\n");
        assertThat(e.title()).isEqualTo("Tổ chức hội thi kể chuyện theo sách cấp Liên đội Năm học: 2021 - 2022");
        assertThat(TitleTails.withoutBullet("Kỷ niệm ngày thành lập Đoàn 26/3/1931 - 26/3/2021")).isEqualTo("Kỷ niệm ngày thành lập Đoàn 26/3/1931 - 26/3/2021");
    }

    @Test
    void aSchoolYearLineInATitleBlockSpacedByBlankLinesBelongsToTheTitle() {
        Extraction e = read(SCHOOL + """

                KẾ HOẠCH

                Xây dựng thư viện trường đạt thư viện tiên tiến

                Năm học: 2022-2023

                A. Những căn cứ để xây dựng kế hoạch
                """);
        assertThat(e.title()).isEqualTo("Xây dựng thư viện trường đạt thư viện tiên tiến Năm học: 2022-2023");
    }
}
