package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Session 18: issuer shapes of documents the extractor was not written for (the failures of held-out 8, retired into tuning
 * data, and of the newest dev batches), each written here as a short text of our own: a joint header whose units are joined by
 * dashes over two lines; the state organ whose locality line (or first word) a library lost, composed with the locality the
 * text names; the organ read as issuer when the office under it issues (the symbol and the opening sentence name the office);
 * names with a dotted abbreviation ("T.Ư"); and what is refused: a heading ("Tổ chức Đại hội …"), bodies in the plural, a
 * document the page cites after "theo", a verb ("trình Chính phủ") or an apposition ("-cơ quan thường trực") after a name.
 */
class IssuerShapesSession18Tests {

    private static Extraction read(String text) {
        return Extractor.extract("shape.txt", text);
    }

    @Test
    void aHeaderUnitLineEndingWithADashJoinsTheJointUnitsOfTheLineBelow() {
        Extraction e = read("UBND TỈNH BẮC KẠN\nSỞ Y TẾ -\nSỞ NỘI VỤ - SỞ VĂN HÓA - THỂ THAO VÀ DU LỊCH\n--------\n"
                + "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nSố: 112/LS-SYT-SNV-SVHTTDL\n\n"
                + "Bắc Kạn, ngày 03 tháng 4 năm 2019\n\nHƯỚNG DẪN\nLiên sở về công tác y tế trường học\n");
        assertThat(e.issuers()).containsExactly("SỞ Y TẾ", "SỞ NỘI VỤ", "SỞ VĂN HÓA - THỂ THAO VÀ DU LỊCH");
        assertThat(e.parentIssuer()).isEqualTo("UBND TỈNH BẮC KẠN");
    }

    @Test
    void aDashInsideAnOfficesNameDoesNotPartIt() {
        assertThat(IssuerShapes.jointParts("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")).containsExactly("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
        assertThat(IssuerShapes.jointParts("SỞ TÀI CHÍNH - SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"))
                .containsExactly("SỞ TÀI CHÍNH", "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI");
    }

    @Test
    void theOrganWhoseFirstWordStoodAloneIsComposedWithTheLocalityTheTextNames() {
        Extraction e = read("ỦY\nBAN NHÂN DÂN |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 215/KH-UBND |\nYên Bái, ngày 12 tháng 5 năm 2021 |\n"
                + "Thực hiện Kế hoạch số 40/KH-UBND ngày 01/3/2021 của UBND tỉnh Yên Bái về phát triển giáo dục mầm non, "
                + "Ủy ban nhân dân tỉnh ban hành kế hoạch như sau:\n1. Mục đích\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH YÊN BÁI");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void theOrganWithoutLocalityIsLeftAloneWhenTheTextNamesNoLevelForThePlace() {
        assertThat(IssuerShapes.withLocality("ỦY BAN NHÂN DÂN", "Yên Bái", "Kế hoạch phát triển giáo dục mầm non")).isNull();
        assertThat(IssuerShapes.withLocality("ỦY BAN NHÂN DÂN", "Thành phố Hồ Chí Minh", "…"))
                .isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH");
    }

    @Test
    void anOfficeWhoseSymbolAndOpeningSentenceNameItIssuesUnderTheOrgansHeader() {
        Extraction e = read("ỦY BAN NHÂN DÂN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 902/SYT-NVY | Thành phố Đà Nẵng, ngày 02 tháng 3 năm 2022 |\nKính gửi: Các bệnh viện trên địa bàn thành phố\n"
                + "Căn cứ Công văn số 55/BYT-KCB ngày 10/01/2022 của Bộ Y tế về việc phòng chống dịch;\n"
                + "Sở Y tế hướng dẫn các cơ sở khám bệnh, chữa bệnh thực hiện như sau:\n1. Tổ chức phân luồng\n");
        assertThat(e.issuers()).containsExactly("Sở Y tế");
        assertThat(e.parentIssuer()).isEqualTo("ỦY BAN NHÂN DÂN THÀNH PHỐ ĐÀ NẴNG");
    }

    @Test
    void theOfficeGluedToTheNumbersLineIssuesUnderTheProvincesOrgan() {
        Extraction e = read("UBND TỈNH PHÚ YÊN\nSỞ TƯ PHÁP Số: 77 /STP-PBGDPL V/v hướng dẫn phổ biến pháp luật năm 2023 |\n"
                + "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc Phú Yên, ngày 09 tháng 2 năm 2023 |\nKính gửi: Các phòng tư pháp\n"
                + "Sở Tư pháp (STP) hướng dẫn các đơn vị thực hiện công tác phổ biến pháp luật năm 2023 như sau:\nA. NHIỆM VỤ CHUNG\n");
        assertThat(e.issuers()).containsExactly("Sở Tư pháp");
        assertThat(e.parentIssuer()).isEqualTo("UBND TỈNH PHÚ YÊN");
    }

    @Test
    void theOrgansOwnSymbolKeepsTheOrganAsIssuerWhateverTheOpeningSentenceSays() {
        Extraction e = read("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
                + "Số: 31/KH-UBND | Phú Yên, ngày 09 tháng 2 năm 2023 |\nKẾ HOẠCH\nPhổ biến pháp luật năm 2023\n"
                + "Sở Tư pháp hướng dẫn các đơn vị thực hiện công tác phổ biến pháp luật năm 2023 như sau:\n1. Mục đích\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH PHÚ YÊN");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aNewsSubjectWithADottedAbbreviationIsABodysName() {
        Extraction e = read("Ban Bí thư T.Ư Đoàn ban hành kế hoạch tổ chức Tháng Thanh niên năm 2024\n"
                + "Tháng Thanh niên sẽ diễn ra trong cả nước với nhiều hoạt động tình nguyện.\n");
        assertThat(e.issuers()).containsExactly("Ban Bí thư T.Ư Đoàn");
    }

    @Test
    void aNewsLeadOpeningWithTheoAndThePlanOfABodyNamesItsIssuer() {
        Extraction e = read("TP - Theo kế hoạch của Ban Thường vụ T.Ư Hội về việc tổ chức Ngày hội thanh niên 2024, các tỉnh sẽ tham gia.\n"
                + "Chương trình diễn ra trong ba ngày.\n");
        assertThat(e.issuers()).containsExactly("Ban Thường vụ T.Ư Hội");
    }

    @Test
    void aDocumentThePageCitesAfterTheoIsNotItsOwn() {
        Extraction e = read("Nội dung công khai năm học 2022-2023 theo Thông tư 09/2024-TT-BGDĐT ngày 03/06/2024 của Bộ Giáo dục và Đào tạo "
                + "về công khai trong hoạt động của các cơ sở giáo dục\nBiểu mẫu 05\nTHÔNG BÁO\nCông khai thông tin chất lượng giáo dục\n");
        assertThat(e.issuers()).isEmpty();
    }

    @Test
    void aHeadingThatOrganisesAnEventIsNoIssuer() {
        Extraction e = read("KẾ HOẠCH\n\nTổ chức Hội nghị Công nhân viên chức\n\nTrường THCS Lê Lợi năm học 2023 - 2024\n\n"
                + "Ban chấp hành Công đoàn xây dựng kế hoạch tổ chức hội nghị như sau:\n\nI. MỤC ĐÍCH\n");
        assertThat(e.issuers()).noneMatch(s -> s.startsWith("Tổ chức"));
    }

    @Test
    void bodiesInThePluralAreNoIssuer() {
        assertThat(UnitNames.clip("UBND các xã, thị trấn")).isNull();
        assertThat(UnitNames.clip("Hội Liên hiệp thanh niên Việt Nam các cấp trong tỉnh")).isNull();
        assertThat(UnitNames.clip("Đảng ủy các cơ quan Đảng tỉnh")).isEqualTo("Đảng ủy các cơ quan Đảng tỉnh");
    }

    @Test
    void aSubmittingVerbOrAnAppositionEndsTheName() {
        assertThat(UnitNames.clip("Văn phòng Chính phủ trình Chính phủ dự thảo Nghị định")).isEqualTo("Văn phòng Chính phủ");
        assertThat(UnitNames.clip("Ban Dân vận Thành ủy-cơ quan Thường trực Ban")).isEqualTo("Ban Dân vận Thành ủy");
        assertThat(UnitNames.clip("Tỉnh ủy Quảng Ninh cho biết")).isEqualTo("Tỉnh ủy Quảng Ninh");
        assertThat(UnitNames.clip("Ban Quản lý Chương trình giảm nghèo bền vững")).isEqualTo("Ban Quản lý Chương trình giảm nghèo bền vững");
    }

    @Test
    void jointBodiesSharingOneLocalityLineAreEachAnIssuerWithTheLocality() {
        Extraction e = read("UBND - UBMTTQ\nTỈNH CAO BẰNG\n-------\n|\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n|\n"
                + "Số: 12/QCPH-UBND-UBMTTQ\n|\nCao Bằng, ngày 05 tháng 3 năm 2018\n|\nQUY CHẾ\nPhối hợp công tác\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", "ỦY BAN MẶT TRẬN TỔ QUỐC TỈNH CAO BẰNG");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aDashEndedOrganOverAnotherBodyWithTheLocalityIsAJointIssueNotASuperior() {
        Extraction e = read("ỦY BAN NHÂN DÂN -\nLIÊN ĐOÀN LAO ĐỘNG\nTỈNH SÓC TRĂNG\n--------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                + "Độc lập - Tự do - Hạnh phúc\n---------------\nSố: 45/QCPH-UBND-LĐLĐ\nSóc Trăng, ngày 10 tháng 5 năm 2016\nQUY CHẾ PHỐI HỢP\n"
                + "Hoạt động giữa Ủy ban nhân dân tỉnh và Liên đoàn Lao động tỉnh\n");
        assertThat(e.issuers()).containsExactly("ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "LIÊN ĐOÀN LAO ĐỘNG TỈNH SÓC TRĂNG");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aJointHeaderLineOfThreeBodiesConfirmedByTheSymbolGivesThree() {
        Extraction e = read("Đăng nhập\nTHƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN - ỦY BAN NHÂN DÂN - BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN CỦ CHI\n"
                + "-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n---------------\nSố: 15/QCPH-HĐND-UBND-MTTQ\n"
                + "Củ Chi, ngày 02 tháng 11 năm 2021\nQUY CHẾ\nPHỐI HỢP CÔNG TÁC\n");
        assertThat(e.issuers()).containsExactly("THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN HUYỆN CỦ CHI", "ỦY BAN NHÂN DÂN HUYỆN CỦ CHI",
                "BAN THƯỜNG TRỰC ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM HUYỆN CỦ CHI");
    }

    @Test
    void aSymbolNamingOneBodyNeverPartsAHeaderIntoJointIssuers() {
        assertThat(IssuerShapes.symbolBodies("KH-UBND")).isEqualTo(1);
        assertThat(IssuerShapes.symbolBodies("QCPH-HĐND-UBND-MTTQ")).isEqualTo(3);
        Extraction e = read("UBND TỈNH CAO BẰNG\nSỞ Y TẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
                + "Số: 12/KH-SYT\nCao Bằng, ngày 05 tháng 3 năm 2018\nKẾ HOẠCH\nPhòng chống dịch bệnh mùa hè\n");
        assertThat(e.issuers()).containsExactly("SỞ Y TẾ");
        assertThat(e.parentIssuer()).isEqualTo("UBND TỈNH CAO BẰNG");
    }

    @Test
    void aPortalsMetadataRowNamesTheIssuingBodyWhenNothingElseDoes() {
        Extraction e = read("Tập tin đính kèm\nTiêu đề văn bản | Công văn về việc tăng cường kỷ luật hành chính | ||\n"
                + "Số hiệu | 77/SYT-VP | Cơ quan ban hành | Sở Y tế |\nNgày hiệu lực | 07/02/2020 | Trạng thái | Đã có hiệu lực |\n");
        assertThat(e.issuers()).containsExactly("Sở Y tế");
        assertThat(e.parentIssuer()).isNull();
    }

    @Test
    void aPortalsRowNamingAProvinceIsNoIssuingBody() {
        Extraction e = read("Tập tin đính kèm\nSố hiệu | 77/KH-UBND | Cơ quan ban hành | Tỉnh Cao Bằng |\n");
        assertThat(e.issuers()).noneMatch(s -> s.startsWith("Tỉnh"));
    }

    @Test
    void aCouncilsStandingBodyAsTheSubjectOfTheOpeningSentenceIsTheIssuer() {
        Extraction e = read("Thông báo lịch tiếp công dân của Chủ tịch HĐND huyện nhiệm kỳ 2021-2026\n\n"
                + "Thực hiện Luật Tiếp công dân năm 2013, Thường trực HĐND huyện xây dựng lịch tiếp công dân như sau:\n\n"
                + "1. Chủ tịch HĐND huyện tiếp công dân định kỳ vào ngày 15 hàng tháng.\n");
        assertThat(e.issuers()).containsExactly("Thường trực HĐND huyện");
    }

    @Test
    void aNewsLeadOpeningWithVuaQuaWithoutCommaNamesItsSubject() {
        Extraction e = read("Nhằm tăng cường mối quan hệ giữa Đảng với Nhân dân trong năm 2025. Vừa qua Ban Thường vụ Huyện ủy đã xây dựng "
                + "kế hoạch tổ chức đối thoại trực tiếp với Nhân dân, theo đó:\n\nCác xã tổ chức đối thoại trong quý III.\n");
        assertThat(e.issuers()).containsExactly("Ban Thường vụ Huyện ủy");
    }

    @Test
    void twoBodiesSigningTheirJointProgrammeInANewsLeadAreBothIssuers() {
        Extraction e = read("Ngày 12/4, Sở Tư pháp và Hội Luật gia tỉnh ký kết chương trình phối hợp phổ biến pháp luật giai đoạn 2024-2028.\n\n"
                + "Theo chương trình, hai bên tổ chức tuyên truyền tại các xã.\n");
        assertThat(e.issuers()).containsExactly("Sở Tư pháp", "Hội Luật gia tỉnh");
    }

    @Test
    void bodiesMeetingWithoutSigningAreNoJointIssuers() {
        assertThat(IssuerShapes.jointSigning(new TextLines("Ngày 12/4, Sở Tư pháp và Hội Luật gia tỉnh tổ chức hội nghị tổng kết năm 2023.\n")))
                .isEmpty();
    }

    @Test
    void theGovernmentsNameBrokenOverCellsWithItsOwnSymbolIsTheIssuer() {
        Extraction e = read("CHÍNH\nPHỦ |\nCỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\nSố: 41/NQ-CP |\nHà Nội, ngày 09 tháng 06 năm 2015 |\n"
                + "NGHỊ QUYẾT\nVỀ VIỆC ĐIỀU CHỈNH ĐỊA GIỚI HÀNH CHÍNH HUYỆN\n");
        assertThat(e.issuers()).containsExactly("CHÍNH PHỦ");
    }

    @Test
    void thePrimeMinistersHeaderUnderANewsLeadIsTheIssuer() {
        Extraction e = read("Thủ tướng Chính phủ vừa có Quyết định 900/QĐ-TTg phê duyệt Đề án phát triển giáo dục nghề nghiệp.\n"
                + "THỦ TƯỚNG CHÍNH PHỦ\n——-\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n—————\nSố: 900/QĐ-TTg\n"
                + "Hà Nội, ngày 03 tháng 7 năm 2019\nQUYẾT ĐỊNH\nPHÊ DUYỆT ĐỀ ÁN PHÁT TRIỂN GIÁO DỤC NGHỀ NGHIỆP\n");
        assertThat(e.issuers()).containsExactly("THỦ TƯỚNG CHÍNH PHỦ");
    }

    @Test
    void aNationalSymbolWithoutItsBodysNameInCapitalsGivesNoIssuer() {
        assertThat(IssuerShapes.nationalBody("NQ-CP", new TextLines("Nghị quyết số 41/NQ-CP của Chính phủ được ban hành.\n"))).isNull();
    }
}
