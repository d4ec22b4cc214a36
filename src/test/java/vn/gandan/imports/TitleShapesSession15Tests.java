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
    /** Gold convention 10 (session 23; this test, of session 15, wanted no title until session 25): the plan carried out's subject. */
    void aNewsItemNarratingWhatWasDoneKeepsItsHeadlineOutOfTheTitle() {
        Extraction e = read("Hội nghị triển khai Nghị quyết\n\nThực hiện Kế hoạch số 10-KH/TU ngày 5/1/2024 của Tỉnh ủy về học tập, quán "
                + "triệt Nghị quyết Trung ương 8, sáng ngày 12/1, Đảng ủy xã Hòa An đã tổ chức hội nghị cho hơn 200 đảng viên.\n");
        assertThat(e.title()).isEqualTo("về học tập, quán triệt Nghị quyết Trung ương 8");
        assertThat(e.number()).isEqualTo(10);
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

    @Test
    void theEnactingAuthorityClosesATitleWhateverTheSpellingOfUy() {
        assertThat(TitleSignals.bound("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG UỶ BAN NHÂN DÂN TỈNH AN GIANG").text())
                .isEqualTo("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG");
        assertThat(TitleSignals.bound("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH AN GIANG ỦY BAN NHÂN DÂN TỈNH AN GIANG").endCue())
                .isEqualTo("enacting authority");
    }

    @Test
    void aShortNameInBracketsAfterTheNumberIsSkipped() {
        Extraction e = read("Quy định mới về tổ chức bộ máy\nThay mặt Bộ Chính trị, đồng chí Nguyễn Văn A vừa ký ban hành Quyết định số 210-QĐ/TW "
                + "(Quyết định 210) về chức năng, nhiệm vụ, tổ chức bộ máy của cơ quan chuyên trách tham mưu.\n");
        assertThat(e.title()).isEqualTo("về chức năng, nhiệm vụ, tổ chức bộ máy của cơ quan chuyên trách tham mưu");
        assertThat(e.number()).isEqualTo(210);
    }

    @Test
    void aPlanRelayedWithoutNumberGivesTheSubjectAfterItsKindWord() {
        Extraction e = read("Hội Nông dân tỉnh vừa ban hành Kế hoạch tổ chức Hội thi nhà nông đua tài cấp tỉnh lần thứ III năm 2024.\n\n"
                + "Kế hoạch nhấn mạnh công tác chuẩn bị chu đáo.\n");
        assertThat(e.title()).isEqualTo("tổ chức Hội thi nhà nông đua tài cấp tỉnh lần thứ III năm 2024");
        assertThat(read("Sở Giáo dục và Đào tạo vừa ban hành công văn yêu cầu các trường cho học sinh nghỉ học.\n").title()).isNull();
    }

    @Test
    void aSemicolonBeforeALowerCaseWordJoinsTheSubjectsParts() {
        Extraction e = read("(GLO)- Ban Dân vận Tỉnh ủy vừa ban hành Công văn số 45-CV/BDVTU về việc đẩy mạnh tuyên truyền; tổ chức lấy ý kiến "
                + "góp ý vào dự thảo văn kiện Đại hội.\n\nTheo đó, các cấp ủy tổ chức thực hiện.\n");
        assertThat(e.title()).isEqualTo("về việc đẩy mạnh tuyên truyền; tổ chức lấy ý kiến góp ý vào dự thảo văn kiện Đại hội");
        assertThat(TitleSignals.bound("về thực hiện Năm dân vận chính quyền 2024; theo đó, Kế hoạch đề ra mục đích như sau").text())
                .isEqualTo("về thực hiện Năm dân vận chính quyền 2024");
    }

    @Test
    void aCouncilsSessionLineIsNoTitleAndThePagesHeadlineGivesIt() {
        assertThat(TitleSignals.bound("KHÓA IX, KỲ HỌP THỨ BA").refusal()).isEqualTo("council session");
        assertThat(TitleSignals.bound("KHÓA XVIII - KỲ HỌP THỨ 15").refusal()).isEqualTo("council session");
        Extraction e = read("""
                Nghị quyết 12/2020/NQ-HĐND Quy định mức chi hỗ trợ công tác phổ biến giáo dục pháp luật trên địa bàn tỉnh An Giang
                Số hiệu: | 12/2020/NQ-HĐND | Loại văn bản: | Nghị quyết |
                HỘI ĐỒNG NHÂN DÂN |
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 12/2020/NQ-HĐND |
                An Giang, ngày 10 tháng 7 năm 2020 |
                HỘI ĐỒNG NHÂN DÂN TỈNH AN GIANG
                KHÓA IX, KỲ HỌP THỨ MƯỜI LĂM
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.title()).isEqualTo("Quy định mức chi hỗ trợ công tác phổ biến giáo dục pháp luật trên địa bàn tỉnh An Giang");
    }

    @Test
    void aKindLineGluedInFrontOfAMixedCaseTitleIsDropped() {
        assertThat(TitleSignals.bound("BIÊN BẢN Kiểm tra nề nếp chuyên môn tháng 10").text()).isEqualTo("Kiểm tra nề nếp chuyên môn tháng 10");
        assertThat(TitleSignals.bound("BIÊN BẢN Kiểm tra nề nếp chuyên môn tháng 10").startCues()).containsExactly("kind line");
        assertThat(TitleSignals.bound("KẾ HOẠCH HOẠT ĐỘNG ĐỘI NĂM HỌC 2024-2025").text()).isEqualTo("KẾ HOẠCH HOẠT ĐỘNG ĐỘI NĂM HỌC 2024-2025");
    }

    @Test
    void aPostingDateBehindAHeadlineTitleIsCut() {
        assertThat(TitleSignals.bound("tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2024 05/11/2024").text())
                .isEqualTo("tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2024");
        assertThat(TitleSignals.bound("Lịch công tác tuần của Ban Giám hiệu 14/10/2024 08:30").endCue()).isEqualTo("posting date");
    }

    @Test
    void aHeadlineListingSeveralEventsKeepsThemAll() {
        Extraction e = read("Kế hoạch số 12-KH/BDVTU ngày 05/9/2024 của Ban Dân vận Tỉnh ủy về tổ chức Hội nghị biểu dương điển hình Dân vận khéo; "
                + "Lễ Kỷ niệm 94 năm Ngày truyền thống công tác dân vận của Đảng; tổng kết công tác dân vận năm 2024\n\n"
                + "Thực hiện Kế hoạch công tác năm 2024, Ban Dân vận Tỉnh ủy xây dựng kế hoạch như sau.\n");
        assertThat(e.title()).isEqualTo("về tổ chức Hội nghị biểu dương điển hình Dân vận khéo; Lễ Kỷ niệm 94 năm Ngày truyền thống công tác dân vận "
                + "của Đảng; tổng kết công tác dân vận năm 2024");
    }
}
