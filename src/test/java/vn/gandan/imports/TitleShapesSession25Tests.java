package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Session 25: titles left empty where the page names them — a portal's headline "<kind word> <subject>" with the document
 * itself opening right under it (its bases, its salutation, its header) — and a title's tail that says when the document runs,
 * not what it is. Short texts of our own, with the shapes that must stay as they are.
 */
class TitleShapesSession25Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aHeadlineOverTheDocumentsBasesGivesItsSubject() {
        assertThat(PostHeadline.subject(List.of("Thứ Sáu, 29/10/2021 - 04:27|", "Kế hoạch Tháng Thanh niên năm 2021",
                "Căn cứ kế hoạch số 12-KH/ĐTN ngày 04/02/2021 của Huyện Đoàn về việc thực hiện Tháng Thanh niên năm 2021;")))
                .isEqualTo("Tháng Thanh niên năm 2021");
    }

    @Test
    void aHeadlineOverTheDocumentsSalutationGivesItsSubjectInItsOwnCase() {
        assertThat(PostHeadline.subject(List.of("• Gốc > Văn bản >", "Hướng dẫn hồ sơ khen thưởng năm học 2015-2016",
                "Kính gởi: Hiệu trưởng các trường trực thuộc", "Để thực hiện tốt công tác khen thưởng, Phòng hướng dẫn như sau:")))
                .isEqualTo("hồ sơ khen thưởng năm học 2015-2016");
    }

    @Test
    void aHeadlineOverTheDocumentsHeaderPastACounterKeepsItsFirstWord() {
        assertThat(PostHeadline.subject(List.of("Công văn Về việc tham gia cuộc thi viết về gương người tốt", "152", "ỦY BAN NHÂN DÂN HUYỆN",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))).isEqualTo("Về việc tham gia cuộc thi viết về gương người tốt");
        assertThat(PostHeadline.subject(List.of("Đề cương tuyên truyền kỷ niệm 70 năm ngày thành lập Hội (15/10/1950 - 15/10/2020)",
                "HỘI LIÊN HIỆP PHỤ NỮ HUYỆN Đông Sơn, ngày 01 tháng 10 năm 2020")))
                .isEqualTo("kỷ niệm 70 năm ngày thành lập Hội (15/10/1950 - 15/10/2020)");
    }

    @Test
    void aHeadlineOverANewsLeadOrAnotherSentenceIsNotReadHere() {
        assertThat(PostHeadline.subject(List.of("Kế hoạch tổ chức chiến dịch tình nguyện hè",
                "(QNO) - Tỉnh Đoàn vừa ban hành kế hoạch tổ chức chiến dịch tình nguyện hè 2020."))).isNull();
        assertThat(PostHeadline.subject(List.of("Kế hoạch này đã được triển khai ở các xã", "Căn cứ kết quả năm 2020, …"))).isNull();
        assertThat(PostHeadline.subject(List.of("Kế hoạch số 12/KH-UBND về phòng chống thiên tai năm 2021", "Căn cứ Luật …"))).isNull();
    }

    @Test
    void aPageWithOnlyTheHeadlineOverItsBasesHasThatTitle() {
        Extraction e = read("Trang chủ\n\nKế hoạch Hội khỏe Phù Đổng cấp trường năm học 2022-2023\n\n"
                + "Căn cứ công văn số 15/PGDĐT của Phòng Giáo dục về việc tổ chức Hội khỏe Phù Đổng;\n\n"
                + "Trường Tiểu học An Bình xây dựng kế hoạch như sau:\n\nI. MỤC ĐÍCH, YÊU CẦU\n\n1. Rèn luyện thể chất cho học sinh.\n");
        assertThat(e.title()).isEqualTo("Hội khỏe Phù Đổng cấp trường năm học 2022-2023");
    }

    @Test
    void aDurationInBracketsAfterTheTitleIsNoPartOfIt() {
        assertThat(TitleSignals.bound("PHÁT ĐỘNG THI ĐUA CHÀO MỪNG ĐẠI HỘI ĐOÀN TRƯỜNG LẦN THỨ V (Từ ngày 10/11/2015 đến ngày 20/01/2016)").text())
                .isEqualTo("PHÁT ĐỘNG THI ĐUA CHÀO MỪNG ĐẠI HỘI ĐOÀN TRƯỜNG LẦN THỨ V");
        assertThat(TitleSignals.bound("Tổ chức hội thi tin học trẻ (từ 05 đến 07/4/2019)").text()).isEqualTo("Tổ chức hội thi tin học trẻ");
        assertThat(TitleSignals.bound("kỷ niệm 90 năm ngày thành lập Đoàn (26/3/1931 - 26/3/2021)").text())
                .isEqualTo("kỷ niệm 90 năm ngày thành lập Đoàn (26/3/1931 - 26/3/2021)");
    }

    @Test
    void theDocumentsIdentityRunOnAfterTheSubjectIsThePortals() {
        assertThat(TitleSignals.bound("Tổ chức Hội thi văn nghệ chào mừng ngày Nhà giáo Việt Nam lần thứ II Kế hoạch 45/KH-CĐ").text())
                .isEqualTo("Tổ chức Hội thi văn nghệ chào mừng ngày Nhà giáo Việt Nam lần thứ II");
        assertThat(TitleSignals.bound("Về việc triển khai Kế hoạch số 12/KH-UBND").text()).isEqualTo("Về việc triển khai Kế hoạch số 12/KH-UBND");
        assertThat(TitleSignals.bound("Về việc thực hiện theo Công văn 45/SGDĐT").text()).isEqualTo("Về việc thực hiện theo Công văn 45/SGDĐT");
    }

    @Test
    void anOrgansLineInCapitalsRunOnAfterARunningCaseSubjectIsTheEnactingAuthoritys() {
        assertThat(TitleSignals.bound("Về việc thành lập Tổ công tác bầu cử nhiệm kỳ 2026 – 2031 BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ").text())
                .isEqualTo("Về việc thành lập Tổ công tác bầu cử nhiệm kỳ 2026 – 2031");
        assertThat(TitleSignals.bound("Về việc phối hợp giữa Thường trực HỘI ĐỒNG NHÂN DÂN XÃ AN PHÚ").text())
                .isEqualTo("Về việc phối hợp giữa Thường trực HỘI ĐỒNG NHÂN DÂN XÃ AN PHÚ");
        assertThat(TitleSignals.bound("KIỆN TOÀN TỔ BẦU CỬ NĂM 2026 BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ").text())
                .isEqualTo("KIỆN TOÀN TỔ BẦU CỬ NĂM 2026 BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM XÃ AN PHÚ");
    }

    @Test
    void aKindWordBeforeAVvSubjectIsDroppedButARulesOwnHeadStays() {
        assertThat(TitleSignals.bound("Phương án Về việc sắp xếp lại các điểm trường năm học 2021-2022").text())
                .isEqualTo("Về việc sắp xếp lại các điểm trường năm học 2021-2022");
        assertThat(TitleSignals.bound("Quy định về việc dạy thêm, học thêm trên địa bàn tỉnh").text())
                .isEqualTo("Quy định về việc dạy thêm, học thêm trên địa bàn tỉnh");
    }

    @Test
    void aNewsHeadlineCompletedByItsLeadTakesTheLeadsSubject() {
        Extraction e = read("Kế hoạch tổ chức Tuần lễ học tập suốt đời\n\nMINH AN |\n\n(BTN) - Tỉnh Đoàn vừa ban hành kế hoạch tổ chức Tuần lễ học tập "
                + "suốt đời năm 2021 với chủ đề “Học tập để thích ứng”.\n\nTuần lễ diễn ra từ ngày 1 đến ngày 7/10 tại các trường học trên địa bàn tỉnh.\n");
        assertThat(e.title()).isEqualTo("tổ chức Tuần lễ học tập suốt đời năm 2021 với chủ đề “Học tập để thích ứng”");
    }

    @Test
    void aLeadTellingOfAnotherSubjectLeavesTheHeadlinesTitle() {
        HeaderBlock.Header h = HeaderBlock.read(new TextLines("Kế hoạch tổ chức Tuần lễ học tập suốt đời\n\n(BTN) - Tỉnh Đoàn vừa ban hành kế hoạch "
                + "tổ chức Hội thi tin học trẻ năm 2021.\n"));
        assertThat(HeadlineLead.completed("tổ chức Tuần lễ học tập suốt đời", h,
                List.of("Kế hoạch tổ chức Tuần lễ học tập suốt đời", "(BTN) - Tỉnh Đoàn vừa ban hành kế hoạch tổ chức Hội thi tin học trẻ năm 2021.")))
                .isEqualTo("tổ chức Tuần lễ học tập suốt đời");
    }
}
