package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 15, round two: titles that were not found or were cut, each shape written here as a short text of our own.
 * A title split by a column gap on its kind line keeps the period cell on the right ("KẾ HOẠCH HOẠT ĐỘNG …      NĂM HỌC
 * 2015-2016"); a page headline with a kind word right above the document's own kind line of the same kind gives way to it.
 */
class TitleShapesSession15RoundTwoTests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aPeriodCellRightOfTheKindLineBelongsToTheTitle() {
        Extraction e = read("""
                LIÊN ĐỘI THCS AN PHÚ               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                   Độc lập - Tự do - Hạnh phúc
                Số: 12/KH-LĐ                        An Phú, ngày 25 tháng 8 năm 2015

                KẾ HOẠCH HOẠT ĐỘNG ĐỘI TRƯỜNG THCS AN PHÚ                          NĂM HỌC 2015- 2016

                Căn cứ hướng dẫn của Hội đồng Đội huyện về nhiệm vụ năm học 2015-2016,
                """);
        assertThat(e.title()).isEqualTo("HOẠT ĐỘNG ĐỘI TRƯỜNG THCS AN PHÚ NĂM HỌC 2015- 2016");
    }

    @Test
    void aCellRightOfTheKindLineThatIsNoPeriodStaysOut() {
        Extraction e = read("""
                LIÊN ĐỘI THCS AN PHÚ               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                   Độc lập - Tự do - Hạnh phúc
                Số: 12/KH-LĐ                        An Phú, ngày 25 tháng 8 năm 2015

                KẾ HOẠCH HOẠT ĐỘNG ĐỘI TRƯỜNG THCS AN PHÚ                          Lượt xem: 120

                Căn cứ hướng dẫn của Hội đồng Đội huyện về nhiệm vụ năm học 2015-2016,
                """);
        assertThat(e.title()).isEqualTo("HOẠT ĐỘNG ĐỘI TRƯỜNG THCS AN PHÚ");
    }

    @Test
    void aPageHeadlineGivesWayToTheDocumentsOwnKindLineBelowIt() {
        Extraction e = read("""
                KẾ HOẠCH NĂM HỌC 2016-2017

                KẾ HOẠCH NHIỆM VỤ NĂM HỌC 2016– 2017

                PHẦN 1: Đặc điểm tình hình của tổ
                I. Thuận lợi
                """);
        assertThat(e.title()).isEqualTo("NHIỆM VỤ NĂM HỌC 2016– 2017");
        Extraction report = read("""
                BÁO CÁO CÔNG TÁC DÂN VẬN KHÉO

                BÁO CÁO KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO”

                NĂM 2017

                Thực hiện công văn số 22/PGDĐT ngày 09/02/2017 của Phòng GD&ĐT về việc xây dựng mô hình dân vận khéo,
                I. Đặc điểm, tình hình
                """);
        assertThat(report.title()).isEqualTo("KẾT QUẢ THỰC HIỆN MÔ HÌNH “DÂN VẬN KHÉO” NĂM 2017");
    }

    @Test
    void aKindLineAboveAnotherKindOrAShorterOneIsNoPageHeadline() {
        Extraction e = read("""
                KẾ HOẠCH KIỂM TRA NỘI BỘ NĂM HỌC 2016-2017

                BÁO CÁO KẾT QUẢ KIỂM TRA HỌC KỲ I

                I. Đặc điểm tình hình
                """);
        assertThat(e.title()).isEqualTo("KIỂM TRA NỘI BỘ NĂM HỌC 2016-2017");
        assertThat(read("KẾ HOẠCH TUYÊN TRUYỀN THÁNG 9\n\nKẾ HOẠCH THÁNG 10\n\nI. Đặc điểm tình hình\n").title())
                .as("a shorter kind line below is no document under its headline").isEqualTo("TUYÊN TRUYỀN THÁNG 9");
        assertThat(read("KẾ HOẠCH TUYÊN TRUYỀN THÁNG 9\n\nKẾ HOẠCH TUYÊN TRUYỀN THÁNG 10\n\nI. Đặc điểm tình hình\n").title())
                .as("nor one as long: two plans in a row").isEqualTo("TUYÊN TRUYỀN THÁNG 9");
    }

    @Test
    void aDatedNewsSentenceOfAUnitPuttingAPlanToWorkGivesThePlansSubject() {
        Extraction e = read("Mặt trận xã triển khai Kế hoạch tổ chức ngày hội\n\nNgày 28 tháng 10 năm 2016, Ủy ban Mặt trận Tổ quốc Việt Nam "
                + "xã An Bình triển khai kế hoạch tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” ở khu dân cư năm 2016 (18/11/1930-18/11/2016). "
                + "Ông Nguyễn Văn A – Phó bí thư Đảng ủy xã đến dự.\n");
        assertThat(e.title()).isEqualTo("tổ chức “Ngày hội Đại đoàn kết toàn dân tộc” ở khu dân cư năm 2016 (18/11/1930-18/11/2016)");
        assertThat(e.issuers()).containsExactly("Ủy ban Mặt trận Tổ quốc Việt Nam xã An Bình");
        assertThat(e.issueDate().year()).as("the sentence's date is the event's, not the plan's").isNull();
    }

    @Test
    void aMeetingNarratedOrAnUndatedSentenceGivesNoDeployedPlan() {
        assertThat(NewsAct.deployed("Ngày 12/3/2024, Đảng ủy xã An Bình tổ chức hội nghị triển khai kế hoạch tổ chức đại hội chi bộ.")).isNull();
        assertThat(NewsAct.deployed("Ủy ban nhân dân xã An Bình triển khai kế hoạch tổ chức đại hội thể dục thể thao năm 2024.")).isNull();
        assertThat(NewsAct.deployed("Ngày 12/3/2024, Ủy ban nhân dân xã An Bình triển khai Kế hoạch số 12/KH-UBND của huyện.")).isNull();
    }

    @Test
    void whomAPlanIsPutToWorkAmongIsNoPartOfItsSubject() {
        Extraction e = read("Tin tức\nNgày 12/3/2025, Ủy ban nhân dân xã An Phú đã tổ chức triển khai Kế hoạch thực hiện phong trào “Toàn dân "
                + "đoàn kết xây dựng đời sống văn hóa” năm 2025 đến các ấp và cán bộ, công chức xã.\n");
        assertThat(e.title()).isEqualTo("thực hiện phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa” năm 2025");
        assertThat(e.issuers()).containsExactly("Ủy ban nhân dân xã An Phú");
        assertThat(NewsAct.deployed("Ngày 5/3/2024, Ban Chỉ huy Quân sự xã An Phú triển khai kế hoạch huấn luyện dân quân năm 2024 "
                + "với sự tham dự của đồng chí Phó Chủ tịch UBND xã.").title()).isEqualTo("huấn luyện dân quân năm 2024");
    }
}
