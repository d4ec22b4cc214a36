package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Header shapes behind the failures of the parts retired into tuning data in session 13 (heldout, heldout3, heldout4),
 * each written here as a short text of our own: where a title ends, a kind line in lower case, a number and symbol with
 * only a space between them, a date inside a news sentence, units under page chrome, a flattened issuer column, a
 * central organ under its organisation, rule lines of dashes, a date cell opening with its comma.
 */
class HeaderShapesSession13Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static final String MOTTO = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";

    @Test
    void aTitleEndsWhereABaseCitingANumberedDocumentBegins() {
        Extraction e = read("PHÒNG GD&ĐT AN LẠC\nTRƯỜNG TH AN LẠC A\nSố: 12/BC-TH\n" + MOTTO + """
                An Lạc, ngày 03 tháng 04 năm 2015
                Sơ kết ba năm thực hiện Chỉ thị số 05 về học tập
                và làm theo tấm gương đạo đức Hồ Chí Minh
                Thực hiện Nghị định 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ và
                hướng dẫn của cấp trên;
                """);
        assertThat(e.title()).isEqualTo("Sơ kết ba năm thực hiện Chỉ thị số 05 về học tập và làm theo tấm gương đạo đức Hồ Chí Minh");
    }

    @Test
    void aTitleRunOnOneLineEndsAtADraftNoteAChapterOrABaseWhoseVerbWasLost() {
        Extraction e = read("PHÒNG GD&ĐT SÔNG MÂY CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM TRƯỜNG THCS SÔNG MÂY Độc lập – Tự do – Hạnh phúc "
                + "QUY CHẾ LÀM VIỆC Trường THCS Sông Mây (Dự thảo trình hội nghị ngày 20 tháng 9 năm 2016) Chương I QUY ĐỊNH CHUNG Điều 1. Phạm vi");
        assertThat(e.title()).isEqualTo("LÀM VIỆC Trường THCS Sông Mây");
        Extraction f = read("TRƯỜNG MN HOA MAI Số 8 / BCMN " + MOTTO.replace("\n", " ") + "Hoa Mai, ngày 05 tháng 01 năm 2016 BÁO CÁO "
                + "Sơ kết học kỳ I năm học 2015 - 2016 Thực cơng văn số 10/PGD&ĐT ngày 20/12/2015 của Phòng Giáo dục");
        assertThat(f.title()).isEqualTo("Sơ kết học kỳ I năm học 2015 - 2016");
    }

    @Test
    void aKindLineInLowerCaseRightAfterTheNumberAndDateIsTheKindLine() {
        Extraction e = read("""
                Hội Chữ thập đỏ tỉnh Sông Lam
                Ban Thường vụ
                *** Sông Lam, ngày 12 tháng 02 năm 2018
                Số: 7 BC/HCTĐ

                báo cáo

                Kết quả công tác Hội năm 2017,

                phương hướng nhiệm vụ năm 2018.

                Năm 2017 là năm các cấp Hội đã triển khai nhiều hoạt động.
                """);
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
        assertThat(e.number()).isEqualTo(7);
        assertThat(e.symbol()).isEqualTo("BC/HCTĐ");
        assertThat(e.title()).isEqualTo("Kết quả công tác Hội năm 2017, phương hướng nhiệm vụ năm 2018");
    }

    @Test
    void aCentralOrganUnderItsOrganisationIsOneIssuerWithNoParent() {
        Extraction e = read("""
                Hội Sinh viên Việt Nam
                Uỷ ban Trung ương
                *** Hà Nội, ngày 10 tháng 03 năm 2012
                Số: 21 BC/TWHSV
                BÁO CÁO
                Kết quả công tác Hội năm 2011
                """);
        assertThat(e.issuers()).containsExactly("Uỷ ban Trung ương Hội Sinh viên Việt Nam");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aDateInsideANewsSentenceIsNoHeaderDateAndTheSentenceGivesTheDocument() {
        Extraction e = read("""
                Đẩy mạnh phong trào thi đua năm 2022
                (02/04/2022)
                Để thực hiện tốt nhiệm vụ phát triển kinh tế trên địa bàn tỉnh, ngày 20/3/2022, Ủy ban nhân dân tỉnh đã ban hành Kế hoạch số 55/KH-UBND tổ chức phong trào thi đua “Dân vận khéo” năm 2022 nhằm phát huy sức mạnh của Nhân dân.
                """);
        assertThat(e.issuePlace()).isNull();
        assertThat(e.number()).isEqualTo(55);
        assertThat(e.symbol()).isEqualTo("KH-UBND");
        assertThat(e.issueDate().day()).isEqualTo(20);
        assertThat(e.title()).isEqualTo("tổ chức phong trào thi đua “Dân vận khéo” năm 2022");
    }

    @Test
    void newsThatAUnitHasALetterWithoutADateGivesKindNumberIssuerAndSubject() {
        Extraction e = read("""
                Tăng cường công tác dân vận chính quyền
                UBND tỉnh Sông Lam vừa có Công văn số 2024/UBND-VX về việc tăng cường công tác dân vận chính quyền năm 2019.
                Theo đó, UBND tỉnh yêu cầu các sở, ngành thực hiện tốt.
                """);
        assertThat(e.docKind()).isEqualTo("CONG_VAN");
        assertThat(e.number()).isEqualTo(2024);
        assertThat(e.symbol()).isEqualTo("UBND-VX");
        assertThat(e.issuers()).containsExactly("UBND tỉnh Sông Lam");
        assertThat(e.title()).contains("tăng cường công tác dân vận chính quyền năm 2019");
    }

    @Test
    void unitsStackedAboveTheKindLineUnderPageChromeAreTheIssuerColumn() {
        Extraction e = read("""
                Tài liệu tham khảo
                Kế hoạch năm học mới
                CÔNG ĐOÀN GIÁO DỤC SÔNG LAM
                CÔNG ĐOÀN TRƯỜNG THCS HOA SEN
                BÁO CÁO
                TỔNG KẾT HOẠT ĐỘNG CÔNG ĐOÀN NĂM HỌC 2015-2016
                Năm học 2015-2016, công đoàn trường đã hoàn thành nhiệm vụ.
                """);
        assertThat(e.issuers()).containsExactly("CÔNG ĐOÀN TRƯỜNG THCS HOA SEN");
        assertThat(e.parentIssuer()).isEqualTo("CÔNG ĐOÀN GIÁO DỤC SÔNG LAM");
    }

    @Test
    void anIssuerColumnFlattenedIntoOneRunOfCapitalsSplitsAfterAWholeOffice() {
        Extraction e = read("PHÒNG GD&ĐT TP. BIÊN HẢI TRƯỜNG MẦM NON HOA SEN " + MOTTO.replace("\n", " ") + """

                Số: 15/KH-MNHS
                Biên Hải, ngày 10 tháng 9 năm 2020
                KẾ HOẠCH
                Phòng chống dịch bệnh năm học 2020 - 2021
                """);
        assertThat(e.issuers()).containsExactly("TRƯỜNG MẦM NON HOA SEN");
        assertThat(e.parentIssuer()).isEqualTo("PHÒNG GD&ĐT TP. BIÊN HẢI");
        Extraction f = read("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO PHÒNG GIÁO DỤC VÀ ĐÀO TẠO TRƯỜNG MN HOA SEN Số 27 / BCMN " + MOTTO.replace("\n", " ")
                + "Hoa Sen, ngày 02 tháng 01 năm 2016 BÁO CÁO Sơ kết học kỳ I");
        assertThat(f.issuers()).containsExactly("TRƯỜNG MN HOA SEN");
        assertThat(f.parentIssuer()).isEqualTo("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO");
    }

    @Test
    void labelAndValueLinesOfAPageAndALegacyMottoStayOutOfTheIssuerColumn() {
        Extraction e = read("""
                Người gửi: Nguyễn Văn An
                Số lượt tải: 120
                Công đoàn GD Sông Lam CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                CĐCS TRƯỜNG THPT Độc lập –Tự do- Hạnh phúc
                , Ngày 10 tháng 11 năm 2010
                KẾ HOẠCH THỰC HIỆN
                PHONG TRÀO “DÂN VẬN KHÉO”
                Thực hiện kế hoạch số 01-KH/BCĐ ngày 01/9/2010 của ban chỉ đạo. BCH Công đoàn cơ sở Trường THPT Lê Lợi xây dựng kế hoạch như sau:
                """);
        assertThat(e.parentIssuer()).isEqualTo("Công đoàn GD Sông Lam");
        assertThat(e.issuers()).containsExactly("BCH Công đoàn cơ sở Trường THPT Lê Lợi");
        assertThat(e.issueDate().day()).isEqualTo(10);
        assertThat(e.issueDate().year()).isEqualTo(2010);
        Extraction f = read("PHỊNG GD&ĐT SƠN HÀ CỘNG HỊA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTRƯỜNG TIỂU HỌC SƠN HÀ Độc lập – Tự do – Hạnh phúc\n"
                + "Số: 5/KH-TH\nSơn Hà, ngày 10 tháng 9 năm 2012\nKẾ HOẠCH\nKiểm tra nội bộ năm học 2012 – 2013\n");
        assertThat(f.parentIssuer()).isEqualTo("PHỊNG GD&ĐT SƠN HÀ");
    }

    @Test
    void aRuleOfEnDashesUnderTheIssuerDoesNotCutItOffTheHeader() {
        Extraction e = read("""
                Xã Hòa Bình ban hành Quy chế dân chủ
                Nội dung như sau:
                ỦY BAN NHÂN DÂN XÃ HÒA BÌNH
                ––––––––
                Số: 03/2023/QĐ-UBND
                """ + MOTTO + """
                Hòa Bình, ngày 05 tháng 3 năm 2023
                QUYẾT ĐỊNH
                Về việc ban hành Quy chế thực hiện dân chủ ở xã Hòa Bình
                """);
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN XÃ HÒA BÌNH");
    }

    @Test
    void theDoanNameInAnyCaseClosingAUnitLineIsTheDoanHeader() {
        Extraction e = read("""
                Đoàn xã hoà bình
                BCH chi đoàn trường thcs hoà bình ĐOàn thanh niên cộng sản hồ chí minh
                Hoà Bình, ngày 15tháng 9năm 2012
                kế hoạch hoạt động của Chi đoàn
                năm học 2012 - 2013
                I Đặc điểm, tình hình chung
                """);
        assertThat(e.issuers()).containsExactly("BCH chi đoàn trường thcs hoà bình");
        assertThat(e.title()).isEqualTo("hoạt động của Chi đoàn năm học 2012 - 2013");
    }

    @Test
    void aKindLineMarkedAsADraftIsStillTheKindLine() {
        Extraction e = read("ỦY BAN NHÂN DÂN\nPHƯỜNG\nHÒA AN\n" + MOTTO + """
                Số:      /BC-UBND
                        Hòa An, ngày       tháng 01 năm 2024
                     DỰ THẢO BÁO CÁO
                Kết quả xây dựng phường đạt chuẩn tiếp cận pháp luật
                năm 2023
                Thực hiện Quyết định 25/2021/QĐ-TTg ngày 22/7/2021 của Thủ tướng Chính phủ;
                """);
        assertThat(e.docKind()).isEqualTo("BAO_CAO");
        assertThat(e.title()).isEqualTo("Kết quả xây dựng phường đạt chuẩn tiếp cận pháp luật năm 2023");
        assertThat(e.period().value()).isEqualTo("2023");
    }

    @Test
    void aNumberLineOpeningWithTheKindWordGivesNumberAndSymbol() {
        Extraction e = read("ỦY BAN THƯỜNG VỤ\nQUỐC HỘI\n--------\n" + MOTTO + """
                Nghị quyết số: 101/2020/UBTVQH14

                Hà Nội, ngày 10 tháng 2 năm 2020

                NGHỊ QUYẾT
                VỀ VIỆC THÀNH LẬP THỊ TRẤN HÒA AN
                Căn cứ Hiến pháp;
                """);
        assertThat(e.number()).isEqualTo(101);
        assertThat(e.symbol()).isEqualTo("2020/UBTVQH14");
        assertThat(e.title()).isEqualTo("VỀ VIỆC THÀNH LẬP THỊ TRẤN HÒA AN");
    }

    @Test
    void theYearsOfAPeriodWordClosingATitleLineInCapitalsBelongToTheTitle() {
        Extraction e = read("ỦY BAN NHÂN DÂN TỈNH HÒA AN\n" + MOTTO + """
                Số: 01/QCPH/UBND-UBMTTQ
                Hòa An, ngày 27 tháng 10 năm 2017
                QUY CHẾ
                PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH GIAI ĐOẠN
                2017-2021
                Căn cứ Luật Tổ chức chính quyền địa phương;
                """);
        assertThat(e.title()).endsWith("GIAI ĐOẠN 2017-2021");
    }

    @Test
    void aKindWordBeforeSoColonInRunningTextIsACitationNotTheHeaderNumber() {
        Extraction e = read("""
                Thực hiện Quyết định số: 1234/QĐ-UBND ngày 02/3/2021 của Ủy ban nhân dân tỉnh, các trường tổ chức ngày hội.
                TRƯỜNG THCS HÒA AN
                """ + MOTTO + """
                Số: 45/KH-THCS
                Hòa An, ngày 10 tháng 3 năm 2021
                KẾ HOẠCH
                Tổ chức ngày hội đọc sách năm 2021
                """);
        assertThat(e.number()).isEqualTo(45);
        assertThat(e.symbol()).isEqualTo("KH-THCS");
        assertThat(e.issuers()).containsExactly("TRƯỜNG THCS HÒA AN");
    }
}
