package vn.gandan.imports;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A header's issuer in capitals, as the implementing plan's title writes it in running text (NĐ 30/2020 Phụ lục II,
 * Quy định 66-QĐ/TW): real issuers of the corpus and of every level, state, Party, Đoàn, Đội and union.
 */
class RunningCaseTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG | Ủy ban nhân dân tỉnh Bình Dương
            UỶ BAN NHÂN DÂN TỈNH THÁI NGUYÊN | Uỷ ban nhân dân tỉnh Thái Nguyên
            ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH | Ủy ban nhân dân thành phố Hồ Chí Minh
            ỦY BAN NHÂN DÂN TỈNH THỪA THIÊN HUẾ | Ủy ban nhân dân tỉnh Thừa Thiên Huế
            ỦY BAN NHÂN DÂN HUYỆN BÌNH CHÁNH | Ủy ban nhân dân huyện Bình Chánh
            UỶ BAN NHÂN DÂN THỊ TRẤN HƯƠNG SƠN | Uỷ ban nhân dân thị trấn Hương Sơn
            ỦY BAN NHÂN DÂN XÃ NÀ NGHỊU | Ủy ban nhân dân xã Nà Nghịu
            UỶ BAN NHÂN DÂN XÃ DÂN LỰC | Uỷ ban nhân dân xã Dân Lực
            ỦY BAN NHÂN DÂN PHƯỜNG LONG ANH | Ủy ban nhân dân phường Long Anh
            HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG NGÃI | Hội đồng nhân dân tỉnh Quảng Ngãi
            HỘI ĐỒNG NHÂN DÂN THÀNH PHỐ HÀ NỘI | Hội đồng nhân dân thành phố Hà Nội
            UBND HUYỆN THANH CHƯƠNG | UBND huyện Thanh Chương
            UBND TỈNH NINH THUẬN | UBND tỉnh Ninh Thuận
            HĐND TỈNH HÀ GIANG | HĐND tỉnh Hà Giang
            CHÍNH PHỦ | Chính phủ
            THỦ TƯỚNG CHÍNH PHỦ | Thủ tướng Chính phủ
            UỶ BAN THƯỜNG VỤ QUỐC HỘI | Uỷ ban Thường vụ Quốc hội
            ỦY BAN DÂN TỘC | Ủy ban Dân tộc
            BỘ GIÁO DỤC VÀ ĐÀO TẠO | Bộ Giáo dục và Đào tạo
            BỘ LAO ĐỘNG – THƯƠNG BINH VÀ XÃ HỘI | Bộ Lao động – Thương binh và Xã hội
            SỞ GIÁO DỤC VÀ ĐÀO TẠO | Sở Giáo dục và Đào tạo
            SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM ĐỊNH | Sở Giáo dục và Đào tạo tỉnh Nam Định
            SỞ GDĐT NAM ĐỊNH | Sở GDĐT Nam Định
            SỞ VĂN HOÁ, THỂ THAO VÀ DU LỊCH | Sở Văn hoá, Thể thao và Du lịch
            PHÒNG GIÁO DỤC VÀ ĐÀO TẠO THỊ XÃ THUẬN AN | Phòng Giáo dục và Đào tạo thị xã Thuận An
            PHÒNG GD&ĐT TP. THỦ DẦU MỘT | Phòng GD&ĐT TP. Thủ Dầu Một
            PHÒNG GD & ĐT HÒA BÌNH | Phòng GD & ĐT Hòa Bình
            PHÒNG GD- ĐT CẦN GIUỘC | Phòng GD- ĐT Cần Giuộc
            TRƯỜNG TIỂU HỌC PHƯỚC SANG | Trường Tiểu học Phước Sang
            TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN DU | Trường Trung học cơ sở Nguyễn Du
            TRƯỜNG TRUNG HỌC PHỔ THÔNG CHUYÊN LÊ HỒNG PHONG | Trường Trung học phổ thông chuyên Lê Hồng Phong
            TRƯỜNG MẦM NON ĐOÀN THỊ LIÊN | Trường Mầm non Đoàn Thị Liên
            TRƯỜNG MN MỸ HƯNG | Trường MN Mỹ Hưng
            TRƯỜNG TH&THCS THÁI THỊNH | Trường TH&THCS Thái Thịnh
            TRƯỜNG TH VĨNH BÌNH A | Trường TH Vĩnh Bình A
            TRƯỜNG TIỂU HỌC TRẦN QUỐC TOẢN | Trường Tiểu học Trần Quốc Toản
            BAN CHẤP HÀNH TRUNG ƯƠNG | Ban Chấp hành Trung ương
            BỘ CHÍNH TRỊ | Bộ Chính trị
            BAN BÍ THƯ | Ban Bí thư
            BAN CÁN SỰ ĐẢNG CHÍNH PHỦ | Ban cán sự đảng Chính phủ
            BAN DÂN VẬN TRUNG ƯƠNG | Ban Dân vận Trung ương
            TỈNH ỦY THỪA THIÊN HUẾ | Tỉnh ủy Thừa Thiên Huế
            BAN THƯỜNG VỤ TỈNH ỦY | Ban Thường vụ Tỉnh ủy
            BAN THƯỜNG VỤ HUYỆN ỦY PHÚ GIÁO | Ban Thường vụ Huyện ủy Phú Giáo
            BAN DÂN VẬN TỈNH UỶ | Ban Dân vận Tỉnh uỷ
            BAN DÂN VẬN THỊ ỦY THUẬN AN | Ban Dân vận Thị ủy Thuận An
            BAN TUYÊN GIÁO VÀ DÂN VẬN TỈNH ỦY | Ban Tuyên giáo và Dân vận Tỉnh ủy
            ỦY BAN KIỂM TRA HUYỆN ỦY | Ủy ban Kiểm tra Huyện ủy
            ĐẢNG BỘ TỈNH BÌNH DƯƠNG | Đảng bộ tỉnh Bình Dương
            ĐẢNG UỶ XÃ TÂN PHONG | Đảng uỷ xã Tân Phong
            ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH | Đảng ủy Khối các cơ quan tỉnh
            CHI BỘ TRƯỜNG THCS MỸ HƯNG | Chi bộ Trường THCS Mỹ Hưng
            ĐẢNG CỘNG SẢN VIỆT NAM | Đảng Cộng sản Việt Nam
            BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH | Ban Chấp hành Trung ương Đoàn TNCS Hồ Chí Minh
            ĐOÀN THANH NIÊN CỘNG SẢN HỒ CHÍ MINH | Đoàn Thanh niên Cộng sản Hồ Chí Minh
            ĐOÀN XÃ PHỤNG THƯỢNG | Đoàn xã Phụng Thượng
            CHI ĐOÀN TRƯỜNG THCS KHÁNH THƯỢNG | Chi đoàn Trường THCS Khánh Thượng
            THÀNH ĐOÀN HÀ NỘI | Thành đoàn Hà Nội
            LIÊN ĐỘI TRƯỜNG TH QUẢNG ĐÔNG | Liên đội Trường TH Quảng Đông
            HỘI ĐỒNG ĐỘI HUYỆN ĐỒNG HỶ | Hội đồng Đội huyện Đồng Hỷ
            CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG | Công đoàn Giáo dục Sóc Trăng
            CÔNG ĐOÀN CƠ SỞ TRƯỜNG MẦM NON II | Công đoàn cơ sở Trường Mầm non II
            CĐCS TRƯỜNG THPT NGỌC TỐ | CĐCS Trường THPT Ngọc Tố
            LIÊN ĐOÀN LAO ĐỘNG TP HUẾ | Liên đoàn Lao động TP Huế
            ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM TỈNH ĐẮK LẮK | Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Đắk Lắk
            HỘI LIÊN HIỆP PHỤ NỮ HUYỆN PHÚ GIÁO | Hội Liên hiệp Phụ nữ huyện Phú Giáo
            HỘI CỰU CHIẾN BINH XÃ AN BÌNH | Hội Cựu chiến binh xã An Bình
            UBMTTQ TỈNH BÌNH DƯƠNG | UBMTTQ tỉnh Bình Dương
            THANH TRA CHÍNH PHỦ | Thanh tra Chính phủ
            KHỐI DÂN VẬN | Khối Dân vận
            BAN CHỈ ĐẠO PCGD, XMC | Ban Chỉ đạo PCGD, XMC
            ỦY BAN NHÂN DÂN XÃ HỘI AN | Ủy ban nhân dân xã Hội An
            """)
    void aHeaderNameInCapitalsReadsAsRunningText(String header, String running) {
        assertThat(RunningCase.of(header)).isEqualTo(running);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Ủy ban nhân dân tỉnh Bắc Ninh
            UBND huyện Thạch Hà
            Trường mầm non Thanh Thùy
            Ban chỉ đạo Quy chế dân chủ cơ sở xã Tân Phong
            """)
    void aNameTheWriterCasedStaysAsWritten(String name) {
        assertThat(RunningCase.of(name)).isEqualTo(name);
    }

    @Test
    void theImplementingPlanNamesTheHeadersIssuerInRunningText() {
        ReviewForm f = new ReviewForm();
        f.setKind("QUYET_DINH");
        f.setNumber("36");
        f.setSymbol("2019/QĐ-UBND");
        f.setIssueDate("12/08/2019");
        f.setIssuers("ỦY BAN NHÂN DÂN TỈNH BÌNH DƯƠNG");
        f.setTitle("về việc ban hành Quy chế dân chủ ở cơ sở");
        String source = "Quyết định số 36/2019/QĐ-UBND ngày 12/08/2019 của Ủy ban nhân dân tỉnh Bình Dương "
                + "về việc ban hành Quy chế dân chủ ở cơ sở";
        assertThat(ImplementingPlan.title(f)).isEqualTo("Kế hoạch thực hiện " + source);
        assertThat(ImplementingPlan.bases(f)).containsExactly("Thực hiện " + source);
    }

    @Test
    void aJointPartyDirectiveNamesBothBodiesInRunningText() {
        ReviewForm f = new ReviewForm();
        f.setKind("CHI_THI");
        f.setNumber("12");
        f.setSymbol("CT/TU");
        f.setIssuers("BAN THƯỜNG VỤ TỈNH ỦY\nBAN DÂN VẬN TỈNH ỦY");
        f.setTitle("về tăng cường công tác dân vận");
        assertThat(ImplementingPlan.title(f)).isEqualTo("Kế hoạch thực hiện Chỉ thị số 12-CT/TU của Ban Thường vụ Tỉnh ủy "
                + "và Ban Dân vận Tỉnh ủy về tăng cường công tác dân vận");
    }
}
