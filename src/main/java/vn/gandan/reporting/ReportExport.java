package vn.gandan.reporting;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/** The indicator table of a consolidated report: rows = child units, columns = indicators, and a totals row. */
@Component
class ReportExport {

    private final ReportQueries reports;

    private final org.springframework.context.MessageSource messages;

    ReportExport(ReportQueries reports, org.springframework.context.MessageSource messages) {
        this.reports = reports;
        this.messages = messages;
    }

    /** Defect 10: column names and statuses from the bundle in the caller's language, never codes like MISSING. */
    private String msg(String key) {
        return messages.getMessage(key, null, key, org.springframework.context.i18n.LocaleContextHolder.getLocale());
    }

    byte[] xlsx(long unitId, String formCode, String period, String unitName) {
        FormView form = reports.form(formCode);
        List<List<Object>> rows = rows(unitId, formCode, period, form);
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(period);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue(form.name() + " — " + unitName + " — " + period);
            title.getCell(0).setCellStyle(bold);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 2);
                List<Object> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    Object v = cells.get(c);
                    if (v instanceof BigDecimal n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else {
                        row.createCell(c).setCellValue(v == null ? "" : v.toString());
                    }
                    if (r == 0 || r == rows.size() - 1) {
                        row.getCell(c).setCellStyle(bold);
                    }
                }
            }
            sheet.setColumnWidth(0, 45 * 256);
            sheet.createFreezePane(1, 3);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    byte[] csv(long unitId, String formCode, String period) {
        FormView form = reports.form(formCode);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.DEFAULT)) {
            for (List<Object> row : rows(unitId, formCode, period, form)) {
                p.printRecord(row.stream().map(v -> v instanceof BigDecimal n ? n.toPlainString() : v).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private List<List<Object>> rows(long unitId, String formCode, String period, FormView form) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of(msg("reporting.unit"), msg("reporting.status")));
        form.indicators().forEach(i -> header.add(i.label() + (i.unit() == null ? "" : " (" + i.unit() + ")")));
        rows.add(header);
        ConsolidatedView totals = reports.consolidated(unitId, formCode, period);
        for (ReportQueries.TableRow r : reports.table(unitId, formCode, period)) {
            List<Object> row = new ArrayList<>(List.of(r.unitName(), msg("reporting.status." + r.status())));
            form.indicators().forEach(i -> row.add(r.values().get(i.code())));
            rows.add(row);
        }
        List<Object> total = new ArrayList<>(List.of(msg("reporting.export.total"), totals.submitted() + "/" + totals.expected()));
        form.indicators().forEach(i -> total.add(totals.values().get(i.code())));
        rows.add(total);
        return rows;
    }
}
