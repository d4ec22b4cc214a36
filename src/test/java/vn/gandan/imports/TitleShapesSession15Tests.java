package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 15: title shapes of news items and header blocks, each written here as a short text of our own. A news
 * sentence's subject ends before the clause that tells what the document does ("…, theo đó yêu cầu …"); a sentence
 * that names a letter only by what it orders gives no title; "vừa có Công văn số …" relays a document like "vừa ban
 * hành"; a header title ends before its annex note "(Kèm theo Quyết định …)"; a news item narrating what was done to
 * carry a document out keeps its page headline out of the title.
 */
class TitleShapesSession15Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aNewsSubjectEndsBeforeAConnectorClause() {
        Extraction e = read("Tăng cường công tác dân vận chính quyền\n\nUBND tỉnh Bình Định vừa ban hành Kế hoạch số 12/KH-UBND ngày "
                + "10/01/2024 về thực hiện công tác dân vận chính quyền năm 2024, theo đó yêu cầu các sở, ngành thực hiện tốt quy chế dân chủ.\n");
        assertThat(e.title()).isEqualTo("về thực hiện công tác dân vận chính quyền năm 2024");
        assertThat(e.number()).isEqualTo(12);
        assertThat(TitleSignals.bound("về tổ chức Ngày hội đại đoàn kết toàn dân tộc năm 2023, trong đó tập trung vào khu dân cư").endCue())
                .isEqualTo("connector clause");
        assertThat(TitleSignals.bound("về việc tăng cường phòng chống dịch, yêu cầu các đơn vị triển khai ngay").text())
                .isEqualTo("về việc tăng cường phòng chống dịch");
    }

    @Test
    void aCommaInsideTheSubjectIsNoConnector() {
        assertThat(TitleSignals.bound("về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng giao thông, thủy lợi giai đoạn 2016-2020").text())
                .isEqualTo("về huy động nguồn lực, ưu tiên đầu tư xây dựng kết cấu hạ tầng giao thông, thủy lợi giai đoạn 2016-2020");
    }

    @Test
    void aLetterNamedOnlyByWhatItOrdersGivesNoTitle() {
        Extraction e = read("Sở GD&ĐT yêu cầu các trường cho học sinh nghỉ học tránh bão\n\nNgày 10/9/2024, Sở Giáo dục và Đào tạo đã ban "
                + "hành Công văn số 1520/SGDĐT-VP yêu cầu các phòng giáo dục và các trường trực thuộc cho học sinh nghỉ học ngày 11/9 để tránh bão số 3.\n");
        assertThat(e.title()).isNull();
        assertThat(e.number()).isEqualTo(1520);
        assertThat(TitleSignals.bound("đề nghị UBND các xã, phường chủ động cho học sinh nghỉ học").refusal()).isEqualTo("directive");
        assertThat(TitleSignals.bound("Đề nghị khen thưởng tập thể, cá nhân năm 2023").text()).isEqualTo("Đề nghị khen thưởng tập thể, cá nhân năm 2023");
    }

    @Test
    void aLetterTheUnitHasJustIssuedIsRelayedLikeOneItIssued() {
        Extraction e = read("Tăng cường phòng chống dịch\n\nUBND tỉnh vừa có Công văn số 2215/UBND-VX ngày 20/7/2021 gửi các sở, ban, ngành "
                + "về việc tăng cường các biện pháp phòng, chống dịch Covid-19 trên địa bàn tỉnh.\n");
        assertThat(e.title()).isEqualTo("về việc tăng cường các biện pháp phòng, chống dịch Covid-19 trên địa bàn tỉnh");
        assertThat(e.number()).isEqualTo(2215);
        assertThat(e.symbol()).isEqualTo("UBND-VX");
    }

    @Test
    void aHeaderTitleEndsBeforeItsAnnexNote() {
        Extraction e = read("""
                UBND TỈNH AN GIANG                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                SỞ GIÁO DỤC VÀ ĐÀO TẠO            Độc lập - Tự do - Hạnh phúc
                Số: 1200/KH-SGDĐT                 An Giang, ngày 03 tháng 8 năm 2024

                KẾ HOẠCH
                Tuyên truyền phổ biến giáo dục pháp luật năm 2024
                (Kèm theo Quyết định số 1199/QĐ-SGDĐT ngày 02/8/2024 của Giám đốc Sở)

                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertThat(e.title()).isEqualTo("Tuyên truyền phổ biến giáo dục pháp luật năm 2024");
        assertThat(TitleSignals.bound("QUY CHẾ DÂN CHỦ TRONG TRƯỜNG HỌC (Ban hành kèm theo Quyết định số 15/QĐ-THCS)").text())
                .isEqualTo("QUY CHẾ DÂN CHỦ TRONG TRƯỜNG HỌC");
    }

    @Test
    void aNewsItemNarratingWhatWasDoneKeepsItsHeadlineOutOfTheTitle() {
        Extraction e = read("Hội nghị triển khai Nghị quyết\n\nThực hiện Kế hoạch số 10-KH/TU ngày 5/1/2024 của Tỉnh ủy về học tập, quán "
                + "triệt Nghị quyết Trung ương 8, sáng ngày 12/1, Đảng ủy xã Hòa An đã tổ chức hội nghị cho hơn 200 đảng viên.\n");
        assertThat(e.title()).isNull();
    }

    @Test
    void aPagesOwnLineAboveItsBasesStaysItsTitle() {
        Extraction e = read("Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Hòa An năm 2025\n\nCăn cứ Luật Tiếp công dân năm 2013;\n"
                + "Căn cứ Nghị định số 64/2014/NĐ-CP;\n");
        assertThat(e.title()).isEqualTo("Lịch tiếp công dân định kỳ của Chủ tịch UBND xã Hòa An năm 2025");
    }

    @Test
    void aNewsSubjectLedByItsOwnVerbWithoutVeIsTheTitle() {
        Extraction e = read("Chiều 15/8, Ủy ban nhân dân tỉnh Quảng Nam ban hành Quyết định số 1850/QĐ-UBND phê duyệt Kế hoạch thực hiện "
                + "Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024. Theo đó, tỉnh phấn đấu có thêm 10 xã đạt chuẩn.\n");
        assertThat(e.title()).isEqualTo("phê duyệt Kế hoạch thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới năm 2024");
        assertThat(e.number()).isEqualTo(1850);
    }

    @Test
    void wordsThatContinueTheNamingOrAnAppositiveClauseAreNoSubject() {
        assertThat(read("Chiều 15/8, UBND tỉnh ban hành Quyết định số 1850/QĐ-UBND của Chủ tịch UBND tỉnh, có hiệu lực từ ngày ký.\n").title())
                .isNull();
        assertThat(read("Ngày 11/8, thay mặt UBND tỉnh, Phó Chủ tịch UBND tỉnh đã ký ban hành văn bản số 2508/UBND-KGVX, chỉ đạo các sở, "
                + "ban, ngành tăng cường các biện pháp phòng, chống dịch.\n").title()).isNull();
    }
}
