package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 20: the title of a document WITH a header block, where a copy broke its line (a PDF text layer or a library
 * re-wrapping the trích yếu at its own width, {@code CorpusVariants variant=rewrap-pdf}) right before a word that ends a title
 * anywhere else — a cited document's number ("… NGHỊ QUYẾT" / "SỐ 35/NQ-CP …"), a term's numeral ("… học kì" / "I - Năm học …"),
 * "THEO …" inside a capitals title — and a header row closed by its cell bar that the re-wrap reading joined with the title
 * below it. Each shape as a short text of our own, with the stops it must keep.
 */
class TitleShapesSession20Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    private static final String HEADER = """
            ỦY BAN NHÂN DÂN
            TỈNH HÒA BÌNH
            Số: 77/KH-UBND
            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc
            Hòa Bình, ngày 10 tháng 6 năm 2020
            """;

    @Test
    void aCapitalsTitleBrokenBeforeTheNumberOfTheDocumentItCitesGoesOn() {
        Extraction e = read(HEADER + """
                KẾ HOẠCH
                TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT
                SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ VỀ HUY ĐỘNG CÁC NGUỒN LỰC CHO GIÁO DỤC
                Thực hiện Nghị quyết số 35/NQ-CP ngày 04/6/2019 của Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:
                I. MỤC ĐÍCH, YÊU CẦU
                """);
        assertThat(e.title()).isEqualTo("TRIỂN KHAI THỰC HIỆN NGHỊ QUYẾT SỐ 35/NQ-CP NGÀY 04/6/2019 CỦA CHÍNH PHỦ VỀ HUY ĐỘNG CÁC NGUỒN LỰC CHO GIÁO DỤC");
    }

    @Test
    void aHeaderNumberLineOrABareNumberIsNoCitedNumber() {
        assertThat(TitleBreaks.goesOn("TRIỂN KHAI THỰC HIỆN KẾ HOẠCH", "Số: 15/KH-UBND")).isFalse();
        assertThat(TitleBreaks.goesOn("TRIỂN KHAI THỰC HIỆN KẾ HOẠCH", "SỐ 15/KH-UBND")).isFalse();
        assertThat(TitleBreaks.goesOn("TRIỂN KHAI KẾ HOẠCH NĂM HỌC 2020-2021", "SỐ 15/KH-UBND NGÀY 02/3/2020 CỦA UBND TỈNH")).isFalse();
        assertThat(TitleBreaks.goesOn("TRIỂN KHAI THỰC HIỆN KẾ HOẠCH", "SỐ 15/KH-UBND NGÀY 02/3/2020 CỦA UBND TỈNH")).isTrue();
    }

    @Test
    void aTitleBrokenBetweenTheTermWordAndItsNumeralGoesOn() {
        Extraction e = read("""
                PHÒNG GD-ĐT CẦN GIUỘC
                TRƯỜNG TIỂU HỌC AN HÒA
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 02/BC-THAH
                An Hòa, ngày 10 tháng 01 năm 2019
                BÁO CÁO
                Sơ kết học kì
                I - Năm học 2018-2019
                Căn cứ kế hoạch năm học 2018-2019 của nhà trường, trường báo cáo như sau:
                """);
        assertThat(e.title()).isEqualTo("Sơ kết học kì I - Năm học 2018-2019");
    }

    @Test
    void aRomanHeadingUnderATitleThatClosedItsPhraseStaysOut() {
        Extraction e = read("""
                PHÒNG GD-ĐT CẦN GIUỘC
                TRƯỜNG TIỂU HỌC AN HÒA
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Số: 02/BC-THAH
                An Hòa, ngày 10 tháng 01 năm 2019
                BÁO CÁO
                Sơ kết công tác chủ nhiệm lớp
                I - ĐẶC ĐIỂM TÌNH HÌNH
                Trường có 20 lớp.
                """);
        assertThat(e.title()).isEqualTo("Sơ kết công tác chủ nhiệm lớp");
    }

    @Test
    void aCapitalsTitleGoesOnOverALineOpeningWithTheo() {
        Extraction e = read(HEADER + """
                KẾ HOẠCH
                PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI KẾ HOẠCH 5 NĂM (2021 - 2025)
                THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG
                Thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ tướng Chính phủ, UBND tỉnh ban hành Kế hoạch như sau:
                """);
        assertThat(e.title()).isEqualTo("PHÁT ĐỘNG THI ĐUA THỰC HIỆN THẮNG LỢI KẾ HOẠCH 5 NĂM (2021 - 2025) "
                + "THEO NGHỊ QUYẾT ĐẠI HỘI ĐẠI BIỂU TOÀN QUỐC LẦN THỨ XIII CỦA ĐẢNG");
    }

    @Test
    void aRunningCaseSentenceOpeningWithTheoStillEndsTheTitle() {
        Extraction e = read(HEADER + """
                KẾ HOẠCH
                Phát động thi đua chào mừng Đại hội Đảng bộ tỉnh
                Theo đề nghị của Giám đốc Sở Nội vụ, UBND tỉnh ban hành Kế hoạch như sau:
                """);
        assertThat(e.title()).isEqualTo("Phát động thi đua chào mừng Đại hội Đảng bộ tỉnh");
    }

    @Test
    void aHeaderRowClosedByItsCellBarIsNotJoinedWithTheTitleBelowInAWrappedText() {
        Extraction e = read("""
                HỘI ĐỒNG NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 18/2011/NQ-HĐND | Bình Thuận, ngày 14 tháng 12 năm 2011 |
                VỀ QUY HOẠCH PHÁT TRIỂN NGÀNH GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH
                THUẬN ĐẾN NĂM 2020
                HỘI ĐỒNG NHÂN DÂN TỈNH BÌNH THUẬN
                KHÓA IX, KỲ HỌP THỨ 3
                Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày
                26 tháng 11 năm 2003 và Luật Giáo dục ngày 14 tháng 6 năm 2005
                đã được sửa đổi, bổ sung một số điều theo Luật năm 2009 của
                Quốc hội; xét Tờ trình số 4567/TTr-UBND ngày 15 tháng 11 năm
                2011 của Ủy ban nhân dân tỉnh về quy hoạch phát triển ngành
                giáo dục và đào tạo tỉnh Bình Thuận đến năm 2020 và báo cáo
                thẩm tra của Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh;
                """);
        assertThat(e.title()).isEqualTo("VỀ QUY HOẠCH PHÁT TRIỂN NGÀNH GIÁO DỤC VÀ ĐÀO TẠO TỈNH BÌNH THUẬN ĐẾN NĂM 2020");
        assertThat(e.issueDate().year()).isEqualTo(2011);
    }

    @Test
    void aKindLineAloneIsNotJoinedWithThePageHeadlineAboveItInAWrappedText() {
        Extraction e = read("""
                QUY CHẾ PHỐI HỢP HOẠT ĐỘNG GIỮA THỦ TRƯỞNG VÀ BAN CHẤP HÀNH CÔNG ĐOÀN TRƯỜNG
                QUYẾT ĐỊNH
                BAN HÀNH QUY CHẾ PHỐI HỢP HOẠT ĐỘNG GIỮA THỦ TRƯỞNG VÀ BAN CHẤP HÀNH
                CÔNG ĐOÀN TRƯỜNG TIỂU HỌC HOÀNH MÔ NĂM HỌC 2024-2025
                - Căn cứ Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ ban hành
                quy chế thực hiện dân chủ trong hoạt động của cơ quan, đơn vị và các văn
                bản hướng dẫn thi hành Nghị định này của các bộ, ngành ở trung ương;
                - Căn cứ kết quả Hội nghị Cán bộ công chức, viên chức, người lao động của
                Trường Tiểu học Hoành Mô năm học 2024-2025 đã được tổ chức thành công tốt
                đẹp theo kế hoạch của nhà trường và hướng dẫn của công đoàn cấp trên;
                THỦ TRƯỞNG CƠ QUAN TRƯỜNG TIỂU HỌC HOÀNH MÔ
                QUYẾT ĐỊNH
                Điều 1. Ban hành kèm theo Quyết định này quy chế phối hợp hoạt động.
                """);
        assertThat(e.title()).isEqualTo("BAN HÀNH QUY CHẾ PHỐI HỢP HOẠT ĐỘNG GIỮA THỦ TRƯỞNG VÀ BAN CHẤP HÀNH "
                + "CÔNG ĐOÀN TRƯỜNG TIỂU HỌC HOÀNH MÔ NĂM HỌC 2024-2025");
    }

    @Test
    void aJointPlansKindLineKeepsItsQualifierOutOfTheTitle() {
        Extraction e = read("""
                UBND QUẬN SƠN TRÀ
                TRƯỜNG TH LÊ LỢI
                CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Sơn Trà, ngày 25 tháng 3 năm 2022
                KẾ HOẠCH PHỐI HỢP TỔ CHỨC NGÀY HỘI ĐỌC SÁCH
                NĂM HỌC 2021-2022
                Thực hiện công văn số 192/PGDĐT ngày 3/3/2022 về việc phát triển văn hóa đọc;
                """);
        assertThat(e.title()).isEqualTo("TỔ CHỨC NGÀY HỘI ĐỌC SÁCH NĂM HỌC 2021-2022");
        assertThat(e.docKind()).isEqualTo("KE_HOACH_PHOI_HOP");
    }

    @Test
    void aRegulationsJointQualifierStaysInItsTitle() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN
                TỈNH HÀ GIANG
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hà Giang, ngày 12 tháng 8 năm 2013
                QUY CHẾ
                PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VỚI ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH
                Căn cứ Luật Mặt trận Tổ quốc Việt Nam năm 1999;
                """);
        assertThat(e.title()).isEqualTo("PHỐI HỢP CÔNG TÁC GIỮA ỦY BAN NHÂN DÂN TỈNH VỚI ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH");
    }

    @Test
    void aCitedDateClosingTheTitleIsNoPostingDate() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 876/QĐ-UBND | Yên Bái, ngày 22 tháng 6 năm 2011 |
                VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP NGÀY 14/02/2008.
                ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
                Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
                """);
        assertThat(e.title()).isEqualTo("VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP NGÀY 14/02/2008");
    }

    @Test
    void aPortalsPostingStampAfterAHeadlineIsStillCut() {
        assertThat(TitleSignals.bound("Kế hoạch tuyên truyền bầu cử năm 2021 14/02/2021").text())
                .isEqualTo("Kế hoạch tuyên truyền bầu cử năm 2021");
    }

    @Test
    void theUnitATitleNamesAloneAboveTheRuleClosingTheTitleBlockGoesOnWithIt() {
        Extraction e = read("""
                ĐẢNG ỦY XÃ AN BÌNH
                TIỂU BAN TUYÊN TRUYỀN
                *
                Số 03-KH/TBTT
                ĐẢNG CỘNG SẢN VIỆT NAM

                An Bình, ngày 12 tháng 3 năm 2024

                KẾ HOẠCH

                Tuyên truyền sáp nhập thôn, tổ dân phố giai đoạn 2023-2025

                Xã An Bình

                ------

                Thực hiện Kế hoạch số 126-KH/HU ngày 20/12/2023 của Huyện ủy, Tiểu ban tuyên truyền xây dựng kế hoạch như sau:
                """);
        assertThat(e.title()).isEqualTo("Tuyên truyền sáp nhập thôn, tổ dân phố giai đoạn 2023-2025 Xã An Bình");
    }

    @Test
    void aUnitLineThatOpensTheBodyUnderTheRuleStaysOut() {
        Extraction e = read("""
                ĐẢNG ỦY XÃ AN BÌNH
                TIỂU BAN TUYÊN TRUYỀN
                *
                Số 03-KH/TBTT
                ĐẢNG CỘNG SẢN VIỆT NAM

                An Bình, ngày 12 tháng 3 năm 2024

                KẾ HOẠCH

                Tuyên truyền sáp nhập thôn, tổ dân phố giai đoạn 2023-2025

                Xã An Bình

                Thực hiện Kế hoạch số 126-KH/HU ngày 20/12/2023 của Huyện ủy, Tiểu ban tuyên truyền xây dựng kế hoạch như sau:
                """);
        assertThat(e.title()).isEqualTo("Tuyên truyền sáp nhập thôn, tổ dân phố giai đoạn 2023-2025");
    }

    @Test
    void aKindWordsBracketedSubjectInARunOntoOneLineIsTheTitle() {
        Extraction e = read("TRƯỜNG THPT AN LẠC. CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM. BAN ĐẠI DIỆN CMHS. Độc lập - Tự do - Hạnh phúc. "
                + "BIÊN BẢN (V/v họp cha mẹ học sinh lớp 11a1 đầu năm học 2019 – 2020 ) I/. Thời gian, địa điểm: Vào lúc 8 giờ, ngày 19 "
                + "tháng 8 năm 2019, tại phòng học số 3, lớp 11a1 tiến hành họp cha mẹ học sinh đầu năm học 2019 – 2020.");
        assertThat(e.title()).isEqualTo("V/v họp cha mẹ học sinh lớp 11a1 đầu năm học 2019 – 2020");
    }

    @Test
    void aOneWordTitleIsRefused() {
        assertThat(TitleSignals.refusal("HƯỚN")).isEqualTo("fragment");
        assertThat(TitleSignals.refusal("TỔ KHTN")).isNull();
    }

    @Test
    void aCapitalsTitleBrokenBeforeTheDateItCitesGoesOn() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 876/QĐ-UBND | Yên Bái, ngày 22 tháng 6 năm 2011 |
                VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH
                THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP NGÀY
                14/02/2008.
                ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
                Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
                """);
        assertThat(e.title()).isEqualTo("VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP NGÀY 14/02/2008");
    }

    @Test
    void aNoteInBracketsUnderARunningCaseTitleStaysOut() {
        Extraction e = read("""
                VĂN PHÒNG CHÍNH PHỦ
                Số: 120/TTr-VPCP
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hà Nội, ngày 10 tháng 8 năm 2016
                TỜ TRÌNH
                Về dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (sửa đổi)
                (trình phiên họp Chính phủ thường kỳ tháng 8/2016)
                Kính gửi: Chính phủ
                """);
        assertThat(e.title()).isEqualTo("Về dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (sửa đổi)");
    }

    @Test
    void aBracketOpenOnTheTitleLineStillGoesOnOverTheNextLine() {
        Extraction e = read("""
                VĂN PHÒNG CHÍNH PHỦ
                Số: 120/TTr-VPCP
                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                Độc lập - Tự do - Hạnh phúc
                Hà Nội, ngày 10 tháng 8 năm 2016
                TỜ TRÌNH
                Về dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (bản
                sửa đổi lần thứ hai)
                Kính gửi: Chính phủ
                """);
        assertThat(e.title()).isEqualTo("Về dự thảo Nghị định ban hành Quy chế làm việc của Chính phủ (bản sửa đổi lần thứ hai)");
    }

    @Test
    void aPagesClockAndDateJoinedToTheTitleAreCut() {
        assertThat(TitleSignals.bound("Tổ chức các hoạt động chào mừng Năm Thanh niên 2011 11:34:49 17/11/2011").text())
                .isEqualTo("Tổ chức các hoạt động chào mừng Năm Thanh niên 2011");
        assertThat(TitleSignals.bound("Kế hoạch tổ chức ngày hội đọc sách lúc 7:30 sáng").text())
                .isEqualTo("Kế hoạch tổ chức ngày hội đọc sách lúc 7:30 sáng");
    }

    @Test
    void aDeputyPrincipalsEnactingLineJoinedToARunningCaseTitleIsCut() {
        assertThat(TitleSignals.bound("Ban hành quy chế phối hợp giữa Công đoàn và Nhà trường PHÓ HIỆU TRƯỞNG PT TRƯỜNG TH& THCS THÁI THÀNH").text())
                .isEqualTo("Ban hành quy chế phối hợp giữa Công đoàn và Nhà trường");
        assertThat(TitleSignals.bound("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA PHÓ HIỆU TRƯỞNG TRƯỜNG THCS AN BÌNH").text())
                .isEqualTo("BAN HÀNH QUY CHẾ LÀM VIỆC CỦA PHÓ HIỆU TRƯỞNG TRƯỜNG THCS AN BÌNH");
    }

    @Test
    void aCapitalsTitleWithoutKindLineBrokenAfterAPrepositionGoesOnOverTheKindWordItCites() {
        Extraction e = read("""
                ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
                Số: 876/QĐ-UBND | Yên Bái, ngày 22 tháng 6 năm 2011 |
                VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH THEO QUY ĐỊNH TẠI
                NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP NGÀY
                14/02/2008.
                ỦY BAN NHÂN DÂN TỈNH YÊN BÁI
                Căn cứ Luật Tổ chức Hội đồng nhân dân và Ủy ban nhân dân ngày 26/11/2003;
                """);
        assertThat(e.title()).isEqualTo("VỀ VIỆC BAN HÀNH QUY CHẾ TIẾP NHẬN, XỬ LÝ PHẢN ÁNH THEO QUY ĐỊNH TẠI NGHỊ ĐỊNH SỐ 20/2008/NĐ-CP NGÀY 14/02/2008");
    }

    @Test
    void onlyATitleStoppingOnAPrepositionGoesOnOverAKindWord() {
        assertThat(TitlePhrase.open("VỀ VIỆC BAN HÀNH QUY CHẾ THEO QUY ĐỊNH TẠI")).isTrue(); // s22: the preposition is TitlePhrase's
        assertThat(TitlePhrase.open("TỔ CHỨC HỘI THI GIÁO VIÊN DẠY GIỎI CẤP TỈNH")).isFalse();
        assertThat(TitlePhrase.open("KẾ HOẠCH PHÁT TRIỂN GIÁO DỤC TỈNH CAO BẰNG")).isFalse();
    }
}
