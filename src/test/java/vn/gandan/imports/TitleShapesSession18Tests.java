package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 18: the title failures of the retired held-out 8 (and held-out 7 and the s17 dev batches, the documents first
 * seen most recently), each shape written here as a short text of our own: a news lead telling of an unnumbered plan or
 * programme ("… có kế hoạch tổ chức …", "… triển khai Kế hoạch …", "… ký kết chương trình phối hợp …", "Theo kế hoạch của X
 * về việc …, …"), where a title ends (", theo đó:", ", cụ thể như sau: …", a "Theo …" phrase at its comma), a V/v subject in
 * brackets, a base sentence a library left where the title stood, a teaser cut with "..." above its full paragraph, a
 * mixed-case title over two lines whose first line closes on the Đoàn's name — and the refusals and old readings that guard them.
 */
class TitleShapesSession18Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aNewsLeadWhereAUnitHasAPlanGivesThePlansSubject() {
        Extraction e = read("""
                Nhiều hoạt động chào mừng Ngày Nhà giáo

                12/11/2023 - 08:15

                TTX - Chào mừng 41 năm Ngày Nhà giáo Việt Nam, Công đoàn ngành Giáo dục tỉnh (CĐGD) có kế hoạch tổ chức nhiều hoạt động thăm hỏi giáo viên.

                Theo đó, Công đoàn sẽ trao quà cho giáo viên có hoàn cảnh khó khăn.
                """);
        assertThat(e.title()).isEqualTo("tổ chức nhiều hoạt động thăm hỏi giáo viên");
    }

    @Test
    void aNewsLeadWhereAUnitPutsAPlanToWorkGivesThePlansSubject() {
        Extraction e = read("""
                Huyện Đông Sơn: Hưởng ứng Tháng hành động vì trẻ em

                (ĐS) - Nhân Tháng hành động vì trẻ em năm 2024, Ban Thường vụ Hội Liên hiệp Phụ nữ huyện Đông Sơn triển khai Kế hoạch tổ chức các hoạt động vui chơi cho trẻ em.

                Các cơ sở Hội tổ chức tặng quà, giao lưu văn nghệ.
                """);
        assertThat(e.title()).isEqualTo("tổ chức các hoạt động vui chơi cho trẻ em");
    }

    @Test
    void aSigningOfAProgrammeGivesWhatTheProgrammeCoordinates() {
        Extraction joint = read("""
                Ngày 8/4, Sở Tư pháp và Hội Luật gia tỉnh tổ chức hội nghị ký kết chương trình phối hợp giữa hai đơn vị về tuyên truyền pháp luật cho người dân giai đoạn 2024-2028.

                Tham dự hội nghị có đại diện các sở, ngành.
                """);
        assertThat(joint.title()).isEqualTo("phối hợp giữa hai đơn vị về tuyên truyền pháp luật cho người dân giai đoạn 2024-2028");
        Extraction about = read("""
                (Nông thôn) - Sáng 3.5, Hội Nông dân huyện và Phòng Nông nghiệp huyện đã ký kết chương trình phối hợp về việc hỗ trợ hội viên chuyển đổi cây trồng giai đoạn 2023-2025.

                Theo đó, hai bên thống nhất phối hợp tuyên truyền.
                """);
        assertThat(about.title()).isEqualTo("về việc hỗ trợ hội viên chuyển đổi cây trồng giai đoạn 2023-2025");
    }

    @Test
    void aLeadPlanEndsBeforeTheoDo() {
        Extraction e = read("""
                Vừa qua Ban Thường vụ Thị ủy đã xây dựng kế hoạch tổ chức đối thoại giữa người đứng đầu cấp ủy với đoàn viên thanh niên năm 2024, theo đó:

                Các phường lựa chọn chủ đề đối thoại phù hợp.
                """);
        assertThat(e.title()).isEqualTo("tổ chức đối thoại giữa người đứng đầu cấp ủy với đoàn viên thanh niên năm 2024");
    }

    @Test
    void aMeetingPuttingSeveralDocumentsToWorkGivesNoTitle() {
        Extraction e = read("""
                Chiều 4-3, Ban Thường vụ Đảng ủy xã Tân Lập tổ chức Hội nghị triển khai Kế hoạch tổ chức Đại hội chi bộ nhiệm kỳ 2025 - 2027; Chương trình công tác quý II năm 2025 và một số nội dung khác.

                Tại hội nghị, các đại biểu được nghe quán triệt các nội dung.
                """);
        assertThat(e.title()).isNull();
    }

    @Test
    void aTheoPhraseInFrontOfTheItemsClauseEndsAtItsComma() {
        Extraction unnumbered = read("""
                HN - Theo kế hoạch của Ban Thường vụ Thành đoàn về việc tổ chức Ngày hội hiến máu Chủ nhật đỏ 2023, tháng 1 sẽ là tháng cao điểm của chương trình.
                Ngày hội diễn ra tại nhiều điểm trên địa bàn.
                """);
        assertThat(unnumbered.title()).isEqualTo("về việc tổ chức Ngày hội hiến máu Chủ nhật đỏ 2023");
        Extraction numbered = read("""
                Sáng ngày 4/9, học sinh toàn tỉnh khai giảng năm học mới.
                Theo Quyết định số 2011 ngày 12/7/2022 của UBND tỉnh về việc ban hành khung kế hoạch thời gian năm học 2022 - 2023, học sinh tựu trường vào ngày 29/8.
                """);
        assertThat(numbered.title()).isEqualTo("về việc ban hành khung kế hoạch thời gian năm học 2022 - 2023");
    }

    @Test
    void anAnnouncedListEndsTheSubject() {
        assertThat(TitleSignals.bound("mời tiếp công dân định kỳ tháng 9/2023 của Chủ tịch UBND huyện, cụ thể như sau: Vào ngày thứ Năm - 14/9, đồng chí …").text())
                .isEqualTo("mời tiếp công dân định kỳ tháng 9/2023 của Chủ tịch UBND huyện");
    }

    @Test
    void aVvSubjectInBracketsUnderTheKindLineIsGivenWithoutThem() {
        Extraction e = read("""
                PHÒNG GD&ĐT KIM BÔI                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TRƯỜNG TIỂU HỌC HẠ BÌ                      Độc lập – Tự do – Hạnh phúc

                Số : 03/TTr-TH                         Hạ Bì, ngày 02 tháng 8 năm 2021

                TỜ TRÌNH

                (V/v Đề nghị sửa chữa nhà vệ sinh học sinh)

                Kính gửi: Ủy ban nhân dân xã Hạ Bì
                """);
        assertThat(e.title()).isEqualTo("V/v Đề nghị sửa chữa nhà vệ sinh học sinh");
    }

    @Test
    void aBaseSentenceWhereALibraryLostTheTitleGivesWayToThePageHeadline() {
        Extraction e = read("""
                Kế hoạch 212/KH-UBND về nâng cao chất lượng dạy học ngoại ngữ trong trường phổ thông tỉnh Yên Bái, năm 2023
                Số hiệu: | 212/KH-UBND | Loại văn bản: | Kế hoạch |
                ỦY
                BAN NHÂN DÂN |
                CỘNG
                HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 212/KH-UBND |
                Yên Bái, ngày 14 tháng 6 năm 2023 |
                Triển khai Kế hoạch số 88/KH-UBND ngày 02/3/2023 của UBND tỉnh về dạy học ngoại ngữ giai đoạn 2023-2025, UBND tỉnh xây dựng kế hoạch thực hiện năm 2023 như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertThat(e.title()).isEqualTo("về nâng cao chất lượng dạy học ngoại ngữ trong trường phổ thông tỉnh Yên Bái, năm 2023");
    }

    @Test
    void aTeaserCutWithAnEllipsisGivesWayToItsFullParagraph() {
        Extraction e = read("""
                Thành lập 3 trung tâm tư vấn học đường

                20/09/2022 10:05

                Thực hiện chương trình giáo dục kỹ năng sống, Sở GD&ĐT tỉnh vừa ban hành kế hoạch thành lập 3 trung tâm tư vấn tâm lý học đường theo cụm huyện...

                Thực hiện chương trình giáo dục kỹ năng sống, Sở GD&ĐT tỉnh vừa ban hành kế hoạch thành lập 3 trung tâm tư vấn tâm lý học đường theo cụm huyện, thị xã gắn với các trường trung học.

                TIN LIÊN QUAN
                """);
        assertThat(e.title()).isEqualTo("thành lập 3 trung tâm tư vấn tâm lý học đường theo cụm huyện, thị xã gắn với các trường trung học");
    }

    @Test
    void aMixedCaseTitleOverTwoLinesClosingOnTheDoanNameAndItsTermIsOneTitle() {
        Extraction e = read("""
                KẾ HOẠCH

                Tổ chức Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh

                Trường THPT Lê Lợi lần thứ XX nhiệm kỳ 2022 - 2023

                Căn cứ hướng dẫn của BTV Tỉnh đoàn về tổ chức đại hội Đoàn các cấp;
                """);
        assertThat(e.title()).isEqualTo("Tổ chức Đại hội Đại biểu Đoàn TNCS Hồ Chí Minh Trường THPT Lê Lợi lần thứ XX nhiệm kỳ 2022 - 2023");
        assertThat(e.issuers()).noneMatch(i -> i.startsWith("Tổ chức"));
    }

    @Test
    void aPlansOwnKindLineAndTitleOutrankWhatItsBodySaysOfAPlan() {
        Extraction e = read("""
                TRƯỜNG MẦM NON HOA SEN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                                    Độc lập - Tự do - Hạnh phúc
                Số: 15/KH-MN                        Hoa Sen, ngày 5 tháng 9 năm 2022

                KẾ HOẠCH
                Phòng chống dịch bệnh năm học 2022-2023

                Năm học 2022-2023, Trường Mầm non Hoa Sen xây dựng kế hoạch tổ chức các hoạt động phòng chống dịch như sau:
                """);
        assertThat(e.title()).isEqualTo("Phòng chống dịch bệnh năm học 2022-2023");
    }

    @Test
    void aMeetingNarratedWithoutAPlanGivesNoTitle() {
        Extraction e = read("""
                Sáng 15/3, Ủy ban MTTQ xã Hòa Bình tổ chức hội nghị tổng kết công tác Mặt trận năm 2023.

                Dự hội nghị có lãnh đạo Đảng ủy, UBND xã.
                """);
        assertThat(e.title()).isNull();
    }

    @Test
    void aProgrammeNamedWithItsNumberAfterAQualifierIsNoUnnumberedLead() {
        Extraction e = read("""
                TPO - Thực hiện Nghị quyết Trung ương 5 về công tác thanh niên, Tỉnh ủy Nam Định đã ban hành Chương trình hành động số 41-CTr/TU với 6 nhóm giải pháp nhằm phát huy vai trò của thanh niên.
                """);
        assertThat(e.title()).isNull();
    }

    @Test
    void aPortalsTitleRowGivesTheSubjectWithoutItsKindWord() {
        Extraction e = read("""
                Tập tin đính kèm
                Tiêu đề văn bản | Công văn Khẩn về việc phòng chống rét cho học sinh mầm non | ||
                Số hiệu | 35/PGDĐT-MN | Cơ quan ban hành | Phòng Giáo dục và Đào tạo |
                Loại tài liệu | CÔNG VĂN | Người ký | Trưởng phòng |
                Tài liệu đính kèm | Tải về tại đây | File đính kèm | Tải xuống | Số lượt xem | 120 | Mô tả |
                """);
        assertThat(e.title()).isEqualTo("về việc phòng chống rét cho học sinh mầm non");
    }

    @Test
    void anAttachmentRowIsNoTitle() {
        assertThat(TitleSignals.bound("Tài liệu đính kèm | Tải về tại đây | File đính kèm | Tải xuống | Số lượt xem | 120 |").text()).isNull();
    }

    @Test
    void aTitleLineBrokenAfterVeGoesOnOverALineOpeningWithAKindWord() {
        Extraction e = read("""
                HỘI
                ĐỒNG NHÂN DÂN
                TỈNH ĐIỆN BIÊN
                |
                CỘNG
                HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                |
                Số:
                21/2018/NQ-HĐND
                |
                Điện
                Biên, ngày 12 tháng 7 năm 2018
                |
                NGHỊ QUYẾT
                VỀ
                CHƯƠNG TRÌNH HỖ TRỢ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2018-2025
                HỘI ĐỒNG NHÂN DÂN TỈNH ĐIỆN BIÊN
                Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
                """);
        assertThat(e.title()).isEqualTo("VỀ CHƯƠNG TRÌNH HỖ TRỢ PHÁT TRIỂN DU LỊCH CỘNG ĐỒNG GIAI ĐOẠN 2018-2025");
    }

    @Test
    void aMixedCaseTitleBrokenAfterALocalityWordGoesOnWithTheName() {
        Extraction e = read("""
                KẾ HOẠCH

                Tuyên truyền Đại hội Hội Nông dân các cấp tiến tới Đại hội đại biểu Hội Nông dân tỉnh

                Thái Bình lần thứ XII

                Thực hiện Kế hoạch số 12-KH/HNDT ngày 5/1/2023 của Ban Thường vụ Hội Nông dân tỉnh;
                """);
        assertThat(e.title()).isEqualTo("Tuyên truyền Đại hội Hội Nông dân các cấp tiến tới Đại hội đại biểu Hội Nông dân tỉnh Thái Bình lần thứ XII");
    }

    @Test
    void aHeadlinesBareNumberBeforeTheSubjectsVerbNamesTheDocumentButACountStays() {
        TitleSignals.Decision named = TitleSignals.bound("28 quy định chế độ làm việc đối với giáo viên phổ thông");
        assertThat(named.text()).isEqualTo("quy định chế độ làm việc đối với giáo viên phổ thông");
        assertThat(named.named().number()).isEqualTo(28);
        assertThat(TitleSignals.bound("10 năm thực hiện Chỉ thị số 30-CT/TW về xây dựng và thực hiện Quy chế dân chủ ở cơ sở").text())
                .isEqualTo("10 năm thực hiện Chỉ thị số 30-CT/TW về xây dựng và thực hiện Quy chế dân chủ ở cơ sở");
    }

    @Test
    void aTheoPhraseWhoseUnitIsAbbreviatedWithDotsIsStillRead() {
        Extraction e = read("""
                TN - Theo kế hoạch của Ban Thường vụ T.Ư Hội về việc tổ chức Tuần lễ thanh niên khởi nghiệp 2022, tháng 5 sẽ có nhiều hoạt động.
                """);
        assertThat(e.title()).isEqualTo("về việc tổ chức Tuần lễ thanh niên khởi nghiệp 2022");
    }

    @Test
    void aGuidanceToldByItsVerbAloneGivesWhatItGuidesButNotWhomItOrders() {
        Extraction guides = read("""
                Hà Tĩnh: Tổ chức Ngày hội ở khu dân cư

                Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh Hà Tĩnh hướng dẫn việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021.

                Ngày hội tổ chức từ ngày 1/11 đến 18/11/2021.
                """);
        assertThat(guides.title()).isEqualTo("việc tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2021");
        Extraction orders = read("""
                Phòng Giáo dục và Đào tạo huyện hướng dẫn các trường tổ chức khai giảng năm học mới.

                Các trường chuẩn bị chu đáo.
                """);
        assertThat(orders.title()).isNull();
    }

    @Test
    void aTablesFirstCellEndsTheTitleAboveIt() {
        Extraction e = read("""
                THÔNG BÁO
                Công khai thông tin chất lượng giáo dục tiểu học, năm học 2021 - 2022
                STT
                Nội dung
                """);
        assertThat(e.title()).isEqualTo("Công khai thông tin chất lượng giáo dục tiểu học, năm học 2021 - 2022");
    }

    @Test
    void aKindLineWithItsJointQualifierAloneLeavesTheTitleToTheLineBelow() {
        Extraction e = read("""
                SỞ Y TẾ - HỘI CHỮ THẬP ĐỎ                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                TỈNH KIÊN GIANG                            Độc lập - Tự do - Hạnh phúc
                Số: 15/QCPH-SYT-HCTĐ                        Kiên Giang, ngày 3 tháng 5 năm 2022

                QUY CHẾ PHỐI HỢP

                TRONG CÔNG TÁC HIẾN MÁU TÌNH NGUYỆN GIỮA SỞ Y TẾ VÀ HỘI CHỮ THẬP ĐỎ TỈNH

                Căn cứ Luật Hội Chữ thập đỏ ngày 29 tháng 6 năm 2008;
                """);
        assertThat(e.title()).isEqualTo("TRONG CÔNG TÁC HIẾN MÁU TÌNH NGUYỆN GIỮA SỞ Y TẾ VÀ HỘI CHỮ THẬP ĐỎ TỈNH");
    }

    @Test
    void aSemesterSpeltKiAndThePresidiumDoNotCutATitleLine() {
        Extraction semester = read("""
                BÁO CÁO
                Sơ kết học kì I - Năm học 2021-2022
                I. ĐẶC ĐIỂM TÌNH HÌNH
                """);
        assertThat(semester.title()).isEqualTo("Sơ kết học kì I - Năm học 2021-2022");
        Extraction presidium = read("""
                NGHỊ QUYẾT LIÊN TỊCH
                VỀ
                PHỐI HỢP TUYÊN TRUYỀN GIỮA BỘ Y TẾ VỚI ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ
                QUỐC VIỆT NAM
                Căn cứ Luật Mặt trận Tổ quốc Việt Nam ngày 9 tháng 6 năm 2015;
                """);
        assertThat(presidium.title()).isEqualTo("VỀ PHỐI HỢP TUYÊN TRUYỀN GIỮA BỘ Y TẾ VỚI ĐOÀN CHỦ TỊCH ỦY BAN TRUNG ƯƠNG MẶT TRẬN TỔ QUỐC VIỆT NAM");
    }

    @Test
    void aNewsHeadlineAboveTheBasesIsNoTitle() {
        Extraction e = read("""
                Phường An Phú tổ chức Hội nghị đối thoại giữa Chủ tịch UBND phường với Nhân dân khu phố 3

                Thực hiện Hướng dẫn số 05-HD/BDVTU ngày 10/3/2024 của Ban Dân vận Tỉnh ủy về công tác đối thoại, UBND phường An Phú trân trọng thông báo …
                """);
        assertThat(e.title()).isNull();
    }

    @Test
    void aBodySentenceOrAVerbWithoutObjectIsNoTitle() {
        assertThat(TitleSignals.bound("Ngày 12 tháng 3 năm 2020 tại Trụ sở Bộ, Bộ trưởng Nguyễn Văn A đã chủ trì hội nghị sơ kết …").text()).isNull();
        assertThat(TitleSignals.bound("triển khai thực hiện").text()).isNull();
        assertThat(TitleSignals.bound("tại cơ sở giáo dục mầm non và phổ thông năm học 2022-2023").text())
                .isEqualTo("tại cơ sở giáo dục mầm non và phổ thông năm học 2022-2023");
    }

    @Test
    void aPagesLineAboveTheBasesUnderShortPortalChromeIsItsTitle() {
        Extraction e = read("""
                Cổng thông tin điện tử tỉnh Nghệ An

                Huyện Yên Thành

                Lịch tiếp công dân của đồng chí Chủ tịch UBND huyện năm 2021

                100%

                Thực hiện Luật Tiếp công dân năm 2013, Ủy ban nhân dân huyện thông báo lịch tiếp công dân như sau:
                """);
        assertThat(e.title()).isEqualTo("Lịch tiếp công dân của đồng chí Chủ tịch UBND huyện năm 2021");
    }

    @Test
    void aHeaderlessLettersVvLinesGiveItsSubject() {
        Extraction e = read("""
                Xuất bản thông tin

                Nội dung:

                V/v chủ trương điều chỉnh Quy hoạch chung đô thị
                thị xã Hồng Ngự đến năm 2035

                Xét đề nghị của Sở Xây dựng tại Tờ trình số 12/TTr-SXD, Ủy ban nhân dân tỉnh có ý kiến như sau:
                """);
        assertThat(e.title()).isEqualTo("V/v chủ trương điều chỉnh Quy hoạch chung đô thị thị xã Hồng Ngự đến năm 2035");
    }
}
