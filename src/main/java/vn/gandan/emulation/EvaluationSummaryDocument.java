package vn.gandan.emulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.gandan.documents.Layout;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/**
 * The unit's staff-evaluation summary as an official report in the NĐ 30/2020 layout (BÁO CÁO kết quả đánh giá, xếp
 * loại chất lượng), unnumbered until the office registers it: the count per level, the quota in force and the list.
 */
@Component
class EvaluationSummaryDocument {

    private final UnitService units;

    EvaluationSummaryDocument(UnitService units) {
        this.units = units;
    }

    OfficialDocument of(long unitId, String period, List<EvaluationView> rows, EvalSettings.Setting rule, LocalDate day,
                        String signerName, String signerTitle) {
        UnitView u = units.get(unitId);
        List<Block> blocks = new ArrayList<>();
        blocks.add(Block.text("Căn cứ Nghị định số 335/2025/NĐ-CP của Chính phủ về đánh giá, xếp loại chất lượng cán bộ, công "
                + "chức, viên chức và quy chế đánh giá của đơn vị, " + u.name() + " báo cáo kết quả đánh giá, xếp loại chất lượng kỳ "
                + period + " như sau:"));
        blocks.add(Block.heading("I.", "KẾT QUẢ CHUNG"));
        blocks.add(Block.paragraph("1.", "Tổng số người được đánh giá: " + rows.size() + " người; đã xếp loại: "
                + rows.stream().filter(r -> r.level() != null).count() + " người."));
        int i = 2;
        for (Map.Entry<StaffLevel, Integer> c : EvaluationSummary.counts(rows).entrySet()) {
            blocks.add(Block.paragraph(i++ + ".", EvaluationSummary.name(c.getKey()) + ": " + c.getValue() + " người."));
        }
        blocks.add(Block.text(EvaluationSummary.quotaLine(rows, rule)));
        blocks.add(Block.heading("II.", "DANH SÁCH CHI TIẾT"));
        int n = 1;
        for (EvaluationView e : rows) blocks.add(Block.paragraph(n++ + ".", line(e)));
        String title = signerTitle == null || signerTitle.isBlank() ? "THỦ TRƯỞNG ĐƠN VỊ" : signerTitle.strip().toUpperCase(java.util.Locale.ROOT);
        return new OfficialDocument(Layout.ND30, List.of(new OfficialDocument.Issuer(units.superiorName(unitId, day).orElse(null),
                u.name(), u.shortName() == null || u.shortName().isBlank() ? u.code() : u.shortName())), null,
                u.place() == null || u.place().isBlank() ? u.name() : u.place(), day, "BÁO CÁO",
                "Kết quả đánh giá, xếp loại chất lượng kỳ " + period, blocks, List.of(),
                List.of(new OfficialDocument.Signature(null, null, title, signerName == null ? "" : signerName.strip())),
                List.of("Cơ quan quản lý cấp trên (để báo cáo);", "Lưu: VT."));
    }

    static String line(EvaluationView e) {
        String points = e.total() == null ? "chưa chấm điểm" : "chuyên môn " + plain(e.professionalPoints()) + ", dân vận "
                + plain(e.danVanPoints()) + ", tổng " + plain(e.total()) + " điểm";
        return e.personName() + " (" + e.staffGroup() + "): " + points + "; xếp loại: "
                + (e.level() == null ? "chưa xếp loại" : EvaluationSummary.name(e.level())) + (e.disciplined() ? " (bị kỷ luật trong kỳ)" : "") + ".";
    }

    private static String plain(java.math.BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString().replace('.', ',');
    }
}
