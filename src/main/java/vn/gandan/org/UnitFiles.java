package vn.gandan.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/**
 * The unit tree's file formats: CSV (UTF-8 with a BOM, so Excel opens Vietnamese correctly) and XLSX, one row per
 * unit in the columns of {@link UnitRow}. A file that cannot be read answers 422 naming the file or the line.
 */
final class UnitFiles {

    private UnitFiles() {
    }

    static byte[] csv(List<UnitRow> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (CSVPrinter p = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT.builder().setHeader(UnitRow.COLUMNS.toArray(String[]::new)).get())) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}); // BOM: Excel opens Vietnamese correctly
            for (UnitRow r : rows) {
                p.printRecord(r.cells());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] xlsx(List<UnitRow> rows) {
        try (Workbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("units");
            Row header = sheet.createRow(0);
            for (int i = 0; i < UnitRow.COLUMNS.size(); i++) {
                header.createCell(i).setCellValue(UnitRow.COLUMNS.get(i));
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r).cells();
                for (int i = 0; i < cells.size(); i++) {
                    if (cells.get(i) != null) {
                        row.createCell(i).setCellValue(cells.get(i));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<UnitRow> readCsv(InputStream in, int maxRows) {
        try (Reader reader = new InputStreamReader(new org.apache.commons.io.input.BOMInputStream(in), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            if (!parser.getHeaderNames().containsAll(List.of("code", "name"))) {
                throw ProblemException.invalid("org.import.failed",
                        List.of(FieldProblem.of("line 1", "org.import.header", String.join(",", UnitRow.COLUMNS))), 1);
            }
            List<UnitRow> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                if (rows.size() >= maxRows) {
                    throw ProblemException.invalid("org.import.failed",
                            List.of(FieldProblem.of("line " + (rec.getRecordNumber() + 1), "org.import.tooMany", maxRows)), 1);
                }
                List<String> cells = new ArrayList<>();
                for (String col : UnitRow.COLUMNS) {
                    cells.add(rec.isMapped(col) && rec.isSet(col) ? rec.get(col) : null);
                }
                rows.add(UnitRow.of((int) rec.getRecordNumber() + 1, cells));
            }
            return rows;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw ProblemException.invalid("org.import.failed",
                    List.of(FieldProblem.of("file", "org.import.malformed", String.valueOf(e.getMessage()))), 1);
        }
    }

    static List<UnitRow> readXlsx(InputStream in, int maxRows) {
        try (Workbook wb = WorkbookFactory.create(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            Row header = sheet.getRow(0);
            Map<String, Integer> col = new HashMap<>();
            if (header != null) {
                for (Cell c : header) {
                    col.put(fmt.formatCellValue(c).strip(), c.getColumnIndex());
                }
            }
            if (!col.keySet().containsAll(List.of("code", "name"))) {
                throw ProblemException.invalid("org.import.failed",
                        List.of(FieldProblem.of("line 1", "org.import.header", String.join(",", UnitRow.COLUMNS))), 1);
            }
            List<UnitRow> rows = new ArrayList<>();
            for (int r = 1; r <= sheet.getLastRowNum() && rows.size() < maxRows; r++) {
                Row row = sheet.getRow(r);
                if (row == null) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String name : UnitRow.COLUMNS) {
                    Integer i = col.get(name);
                    cells.add(i == null || row.getCell(i) == null ? null : fmt.formatCellValue(row.getCell(i)));
                }
                if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
                    continue;
                }
                rows.add(UnitRow.of(r + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw ProblemException.invalid("org.import.failed",
                    List.of(FieldProblem.of("file", "org.import.malformed", String.valueOf(e.getMessage()))), 1);
        }
    }
}
