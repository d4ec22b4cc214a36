package vn.gandan.emulation;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A unit's staff-evaluation summary sheet (bảng tổng hợp kết quả đánh giá, xếp loại) for a period: one row per
 * person with self-assessment, professional and dân vận points, total, level and the head's comment, then the count
 * per level and the Xuất sắc quota in force (⚙ share of those rated Tốt).
 */
final class EvaluationSummary {

    static final String[] HEADERS = {"STT", "Họ và tên", "Nhóm", "Tự xếp loại", "Điểm chuyên môn", "Điểm dân vận",
            "Tổng điểm", "Xếp loại", "Nhận xét của thủ trưởng"};

    private EvaluationSummary() {
    }

    static Map<StaffLevel, Integer> counts(List<EvaluationView> rows) {
        Map<StaffLevel, Integer> out = new EnumMap<>(StaffLevel.class);
        for (StaffLevel l : StaffLevel.values()) out.put(l, 0);
        rows.stream().filter(r -> r.level() != null).forEach(r -> out.merge(r.level(), 1, Integer::sum));
        return out;
    }

    static byte[] xlsx(String unitName, String period, List<EvaluationView> rows, EvalSettings.Setting rule) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("Tổng hợp " + period);
            s.createRow(0).createCell(0).setCellValue("BẢNG TỔNG HỢP KẾT QUẢ ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG – " + unitName.toUpperCase(java.util.Locale.ROOT));
            s.createRow(1).createCell(0).setCellValue("Kỳ đánh giá: " + period);
            Row h = s.createRow(3);
            for (int i = 0; i < HEADERS.length; i++) h.createCell(i).setCellValue(HEADERS[i]);
            int r = 4;
            for (EvaluationView e : rows) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r - 3);
                row.createCell(1).setCellValue(e.personName());
                row.createCell(2).setCellValue(e.staffGroup());
                row.createCell(3).setCellValue(e.selfLevel() == null ? "" : name(e.selfLevel()));
                number(row, 4, e.professionalPoints());
                number(row, 5, e.danVanPoints());
                number(row, 6, e.total());
                row.createCell(7).setCellValue(e.level() == null ? "Chưa xếp loại" : name(e.level()));
                row.createCell(8).setCellValue(e.headComment() == null ? "" : e.headComment());
                r++;
            }
            r++;
            for (Map.Entry<StaffLevel, Integer> c : counts(rows).entrySet()) {
                Row row = s.createRow(r++);
                row.createCell(1).setCellValue(name(c.getKey()));
                row.createCell(2).setCellValue(c.getValue());
            }
            s.createRow(r + 1).createCell(1).setCellValue(quotaLine(rows, rule));
            for (int i = 0; i < HEADERS.length; i++) s.autoSizeColumn(i);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void number(Row row, int col, BigDecimal v) {
        if (v != null) row.createCell(col).setCellValue(v.doubleValue());
        else row.createCell(col).setCellValue("");
    }

    static String quotaLine(List<EvaluationView> rows, EvalSettings.Setting rule) {
        Map<StaffLevel, Integer> c = counts(rows);
        return "Tỷ lệ Hoàn thành xuất sắc nhiệm vụ: " + c.get(StaffLevel.XUAT_SAC) + " người; tối đa " + rule.sharePercent()
                + "% số người Hoàn thành tốt nhiệm vụ trong cùng đơn vị và nhóm (quy định áp dụng từ "
                + Dates.vn(rule.effectiveFrom()) + ": " + rule.source() + ").";
    }

    static String name(StaffLevel l) {
        return switch (l) {
            case XUAT_SAC -> "Hoàn thành xuất sắc nhiệm vụ";
            case TOT -> "Hoàn thành tốt nhiệm vụ";
            case HOAN_THANH -> "Hoàn thành nhiệm vụ";
            case KHONG_HOAN_THANH -> "Không hoàn thành nhiệm vụ";
        };
    }
}
