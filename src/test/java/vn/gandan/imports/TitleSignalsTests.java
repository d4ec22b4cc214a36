package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Start, end and refusal decisions on a title, on short texts written for the purpose (session 14). */
class TitleSignalsTests {

    private static String title(String found) {
        return TitleSignals.bound(found).text();
    }

    @Test
    void aNumberLeftInFrontOfTheSubjectIsDropped() {
        TitleSignals.Decision d = TitleSignals.bound("số 25/KH-UBND về việc tổ chức ngày hội đọc sách năm 2024");
        assertThat(d.text()).isEqualTo("về việc tổ chức ngày hội đọc sách năm 2024");
        assertThat(d.startCues()).containsExactly("number");
        assertThat(title("số 9 về tổ chức hội thi giáo viên giỏi")).isEqualTo("về tổ chức hội thi giáo viên giỏi");
    }

    @Test
    void theDocumentsOwnDateAndItsRecipientsBeforeTheSubjectAreDropped() {
        assertThat(title("số 301/SGDĐT-VP ngày 3/9/2023 gửi các phòng giáo dục, các trường trực thuộc về việc báo cáo số liệu đầu năm"))
                .isEqualTo("về việc báo cáo số liệu đầu năm");
        assertThat(title("NGÀY 5 THÁNG 7 NĂM 2009 VỀ VIỆC CHUẨN BỊ NĂM HỌC MỚI")).isEqualTo("VỀ VIỆC CHUẨN BỊ NĂM HỌC MỚI");
    }

    @Test
    void aLowerCaseKindWordRepeatedInFrontOfTheSubjectIsDropped() {
        assertThat(title("kế hoạch tổ chức các hoạt động của Liên đội năm học 2024 - 2025"))
                .isEqualTo("tổ chức các hoạt động của Liên đội năm học 2024 - 2025");
        assertThat(title("Kế hoạch Chương trình nước sạch năm 2014")).isEqualTo("Kế hoạch Chương trình nước sạch năm 2014");
    }

    @Test
    void aTitleStartingWithNumberWordsThatAreNoDocumentNumberIsKept() {
        assertThat(title("Số hóa hồ sơ học sinh năm học 2024-2025")).isEqualTo("Số hóa hồ sơ học sinh năm học 2024-2025");
        assertThat(title("15 năm thực hiện Quy chế dân chủ ở cơ sở")).isEqualTo("15 năm thực hiện Quy chế dân chủ ở cơ sở");
    }

    @Test
    void theTitleEndsInFrontOfABaseADraftNoteAChapterOrASalutation() {
        assertThat(title("Tổng kết năm học 2022-2023 Căn cứ Luật Giáo dục năm 2019")).isEqualTo("Tổng kết năm học 2022-2023");
        assertThat(title("Sơ kết học kỳ I Thực hiện Công văn số 88/PGDĐT ngày 2/1/2024")).isEqualTo("Sơ kết học kỳ I");
        assertThat(title("Đánh giá 10 năm xây dựng trường chuẩn Thực hiện Thông tư 17/2018/TT-BGDĐT của Bộ")).isEqualTo("Đánh giá 10 năm xây dựng trường chuẩn");
        assertThat(title("QUY CHẾ LÀM VIỆC CỦA NHÀ TRƯỜNG (Dự thảo lần 2) Chương I QUY ĐỊNH CHUNG")).isEqualTo("QUY CHẾ LÀM VIỆC CỦA NHÀ TRƯỜNG");
        assertThat(TitleSignals.bound("Tuyên truyền phòng chống đuối nước Kính gửi: các trường").endCue()).isEqualTo("salutation");
    }

    @Test
    void aLowerCaseBaseInsideTheTitleIsPartOfIt() {
        assertThat(title("về việc tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị"))
                .isEqualTo("về việc tiếp tục thực hiện Chỉ thị số 05-CT/TW của Bộ Chính trị");
    }

    @Test
    void aNewsTitleEndsAtItsPurposeClauseAndItsSentence() {
        assertThat(title("về tổ chức Tuần lễ học tập suốt đời năm 2023 nhằm lan tỏa tinh thần tự học trong nhân dân"))
                .isEqualTo("về tổ chức Tuần lễ học tập suốt đời năm 2023");
        assertThat(title("về phòng chống thiên tai trên địa bàn huyện. Phòng Giáo dục đề nghị các trường"))
                .isEqualTo("về phòng chống thiên tai trên địa bàn huyện");
        assertThat(title("về công tác dân vận tại TP. Huế năm 2020")).isEqualTo("về công tác dân vận tại TP. Huế năm 2020");
    }

    @Test
    void theEnactingAuthorityUnderADecisionsTitleIsNotPartOfIt() {
        assertThat(title("BAN HÀNH QUY CHẾ THI ĐUA KHEN THƯỞNG CỦA TỈNH CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH X"))
                .isEqualTo("BAN HÀNH QUY CHẾ THI ĐUA KHEN THƯỞNG CỦA TỈNH");
        assertThat(title("QUY CHẾ PHỐI HỢP GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ CÔNG ĐOÀN TỈNH"))
                .isEqualTo("QUY CHẾ PHỐI HỢP GIỮA ỦY BAN NHÂN DÂN TỈNH VÀ CÔNG ĐOÀN TỈNH");
        assertThat(title("VỀ TRÁCH NHIỆM CỦA CÁC SỞ, ỦY BAN NHÂN DÂN CÁC HUYỆN")).isEqualTo("VỀ TRÁCH NHIỆM CỦA CÁC SỞ, ỦY BAN NHÂN DÂN CÁC HUYỆN");
    }

    @Test
    void whatIsNoTitleLeavesTheFieldEmpty() {
        assertThat(TitleSignals.bound("DỰ THẢO KẾ HOẠCH").refusal()).isEqualTo("kind line");
        assertThat(TitleSignals.bound("Số: 14 BC/ĐTN báo cáo").refusal()).isEqualTo("kind line");
        assertThat(TitleSignals.bound("Số: 14-BC/ĐTN").refusal()).isEqualTo("number line");
        assertThat(title("• Số 12-CV/BTG Tuyên truyền ngày hội • Số 13-HD/BTG Hướng dẫn đại hội")).isNull();
        assertThat(TitleSignals.bound("Điều 1. Ban hành kèm theo Quyết định này Quy chế làm việc").refusal()).isEqualTo("body sentence");
        assertThat(title("Luật này quy định về phòng chống tham nhũng")).isNull();
        assertThat(title("   ")).isNull();
    }

    @Test
    void aTitleGivenTwiceAndDetachedDiacriticsAreCleanedUp() {
        assertThat(title("Kiểm tra nội bộ năm học 2023 Kiểm tra nội bộ năm học 2023")).isEqualTo("Kiểm tra nội bộ năm học 2023");
        assertThat(title("V/v bao cao tinh hinh ̀ ̣ lu lut. ̉ ̀")).isEqualTo("V/v bao cao tinh hinh lu lut");
    }

    @Test
    void theNumberSymbolAndDateInFrontOfTheSubjectNameTheDocument() {
        TitleSignals.Named n = TitleSignals.bound("số 42/KH-UBND ngày 05/3/2021 về tổ chức hội khỏe Phù Đổng").named();
        assertThat(n.number()).isEqualTo(42);
        assertThat(n.symbol()).isEqualTo("KH-UBND");
        assertThat(n.date()).isEqualTo(new Extraction.DateParts(5, 3, 2021));
        TitleSignals.Named party = TitleSignals.bound("số 07-HD/BTGTU về tuyên truyền đại hội").named();
        assertThat(party.number()).isEqualTo(7);
        assertThat(party.symbol()).isEqualTo("HD/BTGTU");
        assertThat(TitleSignals.bound("số 08 về tổ chức đại hội chi bộ").named().symbol()).isNull();
        assertThat(TitleSignals.bound("về tổ chức đại hội chi bộ").named()).isEqualTo(TitleSignals.Named.NONE);
    }

    @Test
    void aNewsItemWhoseHeaderGaveNoNumberTakesTheOneNamedBeforeTheSubject() {
        Extraction e = Extractor.extract("news.txt", """
                Trang chủ | Tin tức
                Ngày 12/4/2022, Ủy ban nhân dân huyện Hòa An đã ban hành Công văn số 315/UBND-VHXH ngày 11/4/2022 về việc tăng cường phòng chống đuối nước cho học sinh.
                Theo đó, các xã, thị trấn chỉ đạo …
                """);
        assertThat(e.title()).isEqualTo("về việc tăng cường phòng chống đuối nước cho học sinh");
        assertThat(e.number()).isEqualTo(315);
        assertThat(e.symbol()).isEqualTo("UBND-VHXH");
    }
}
