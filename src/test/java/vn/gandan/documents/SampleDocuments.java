package vn.gandan.documents;

import java.time.LocalDate;
import java.util.List;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.documents.OfficialDocument.Issuer;
import vn.gandan.documents.OfficialDocument.Signature;

/** Three sample documents (state plan, Party plan, joint plan) shared by the renderer tests. */
final class SampleDocuments {

    static List<Block> body() {
        return List.of(
                Block.text("Căn cứ Kế hoạch số 25/KH-SGDĐT ngày 15/01/2026 của Sở Giáo dục và Đào tạo về công tác dân vận năm 2026[^1];"),
                Block.text("Phòng Giáo dục và Đào tạo xây dựng Kế hoạch thực hiện công tác dân vận chính quyền năm 2026 như sau:"),
                Block.heading("I.", "MỤC ĐÍCH, YÊU CẦU"),
                Block.paragraph("1.", "Mục đích"),
                Block.subItem("a)", "Nâng cao nhận thức của cán bộ, công chức, viên chức về vị trí, vai trò của công tác dân vận chính quyền."),
                Block.subItem("b)", "Thực hiện tốt Luật Thực hiện dân chủ ở cơ sở trong các cơ sở giáo dục."),
                Block.paragraph("2.", "Yêu cầu: bám sát chỉ đạo của cấp trên, phù hợp điều kiện thực tế của từng đơn vị."),
                Block.heading("II.", "NHIỆM VỤ TRỌNG TÂM"),
                Block.paragraph("1.", "Tuyên truyền, quán triệt các văn bản về công tác dân vận; thực hiện phong trào thi đua \"Dân vận khéo\"."),
                Block.paragraph("2.", "Báo cáo kết quả thực hiện 6 tháng trước ngày 15/6/2026 và năm trước ngày 15/11/2026 về Phòng GDĐT."));
    }

    static OfficialDocument state() {
        return new OfficialDocument(Layout.ND30,
                List.of(new Issuer("UBND xã Phước Thành", "Phòng Giáo dục và Đào tạo", "PGDĐT")),
                "12/KH-PGDĐT", "Phú Giáo", LocalDate.of(2026, 2, 5), "KẾ HOẠCH",
                "Thực hiện công tác dân vận chính quyền năm 2026", body(),
                List.of("Kế hoạch số 25/KH-SGDĐT ngày 15/01/2026 của Sở GDĐT Bình Dương."),
                List.of(new Signature("KT.", "TRƯỞNG PHÒNG", "PHÓ TRƯỞNG PHÒNG", "Nguyễn Văn An")),
                List.of("Sở GDĐT (để báo cáo);", "Các trường trực thuộc (để thực hiện);", "Lưu: VT, CM."));
    }

    static OfficialDocument party() {
        return new OfficialDocument(Layout.PARTY,
                List.of(new Issuer("Đảng bộ tỉnh Bình Dương", "Ban Tuyên giáo và Dân vận", "BTGDVTU")),
                "05-KH/BTGDVTU", "Thủ Dầu Một", LocalDate.of(2026, 3, 9), "KẾ HOẠCH",
                "triển khai công tác dân vận năm 2026", body(), List.of(),
                List.of(new Signature("K/T", "TRƯỞNG BAN", "PHÓ TRƯỞNG BAN", "Trần Thị Bình")),
                List.of("Thường trực Tỉnh ủy (để báo cáo),", "Các đảng ủy trực thuộc,", "Lưu VP."));
    }

    static OfficialDocument joint() {
        return new OfficialDocument(Layout.ND30,
                List.of(new Issuer("UBND xã Phước Thành", "Phòng Giáo dục và Đào tạo", "PGDĐT"),
                        new Issuer(null, "Công đoàn Giáo dục xã Phước Thành", "CĐGD")),
                "03/KHPH-PGDĐT-CĐGD", "Phú Giáo", LocalDate.of(2026, 10, 1), "KẾ HOẠCH PHỐI HỢP",
                "Tổ chức Hội nghị cán bộ, công chức, viên chức năm học 2026-2027", body(), List.of(),
                List.of(new Signature(null, null, "TRƯỞNG PHÒNG", "Phạm Thị Dung"),
                        new Signature("TM.", "BAN CHẤP HÀNH", "CHỦ TỊCH", "Lê Văn Cường")),
                List.of("Các trường trực thuộc;", "Lưu: VT."));
    }

    private SampleDocuments() {}
}
