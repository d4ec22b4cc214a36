package vn.gandan.org;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/**
 * Import and export of the tree as CSV or XLSX. An import is all or nothing: every line is checked first,
 * parents may come later in the file, and any error leaves the database untouched with a report that
 * names the line and column of each problem.
 */
@Service
public class UnitTransfer {

    static final int MAX_ROWS = 100_000;

    private final UnitService units;
    private final UnitAdmin admin;
    private final CallerScope scope;

    UnitTransfer(UnitService units, UnitAdmin admin, CallerScope scope) {
        this.units = units;
        this.admin = admin;
        this.scope = scope;
    }

    /** The outcome of a successful import. */
    public record Result(int created, int updated) {
    }

    public enum Format { CSV, XLSX }

    @Transactional(readOnly = true)
    public byte[] export(Format format) {
        List<UnitRow> rows = exportRows();
        return format == Format.CSV ? csv(rows) : xlsx(rows);
    }

    @Transactional
    public Result importFile(InputStream in, Format format) {
        List<UnitRow> rows = format == Format.CSV ? readCsv(in) : readXlsx(in);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, UnitRow> byCode = new LinkedHashMap<>();
        for (UnitRow row : rows) {
            problems.addAll(check(row));
            if (row.code() != null && byCode.putIfAbsent(row.code(), row) != null) {
                problems.add(at(row, "code", "org.import.duplicateInFile", row.code()));
            }
        }
        for (UnitRow row : rows) {
            problems.addAll(checkParent(row, byCode));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("org.import.failed", problems, problems.size());
        }
        return apply(new ArrayList<>(byCode.values()));
    }

    private Result apply(List<UnitRow> rows) {
        int created = 0;
        int updated = 0;
        Map<String, Long> ids = new HashMap<>();
        List<UnitRow> pending = new ArrayList<>(rows);
        while (!pending.isEmpty()) {
            List<UnitRow> next = new ArrayList<>();
            for (UnitRow row : pending) {
                Long parentId = row.parentCode() == null ? null
                        : ids.getOrDefault(row.parentCode(), units.findByCode(row.parentCode()).map(UnitView::id).orElse(null));
                if (row.parentCode() != null && parentId == null) {
                    next.add(row);
                    continue;
                }
                Optional<UnitView> existing = units.findByCode(row.code());
                if (existing.isPresent()) {
                    admin.update(existing.get().id(), new UnitAdmin.UnitEdit(row.name(), row.shortName(), row.place(),
                            row.address(), row.phone(), row.email()));
                    ids.put(row.code(), existing.get().id());
                    governingBody(existing.get().id(), row);
                    updated++;
                } else {
                    long id = create(row, parentId);
                    ids.put(row.code(), id);
                    governingBody(id, row);
                    created++;
                }
            }
            if (next.size() == pending.size()) {
                throw ProblemException.invalid("org.import.failed",
                        next.stream().map(r -> at(r, "parentCode", "org.import.cycle")).toList(), next.size());
            }
            pending = next;
        }
        return new Result(created, updated);
    }

    private void governingBody(long unitId, UnitRow row) {
        if (row.governingBody() == null) {
            return;
        }
        try {
            admin.setGoverningBody(unitId, row.governingBody());
        } catch (ProblemException e) {
            throw ProblemException.invalid("org.import.failed", List.of(at(row, "governingBody", "org.unit.governingBody.tooLong")), 1);
        }
    }

    private Long create(UnitRow row, Long parentId) {
        try {
            UnitView v = admin.create(new UnitAdmin.NewUnit(row.code(), row.name(), row.shortName(),
                    UnitRow.enumValue(UnitKind.class, row.kind()), UnitRow.enumValue(SchoolLevel.class, row.schoolLevel()),
                    row.place(), parentId, UnitRow.date(row.validFrom())),
                    new UnitAdmin.Contact(row.address(), row.phone(), row.email()));
            LocalDate end = UnitRow.date(row.validTo());
            if (end != null) {
                admin.dissolve(v.id(), end);
            }
            return v.id();
        } catch (ProblemException e) {
            throw ProblemException.invalid("org.import.failed", e.fieldProblems().stream()
                    .map(p -> at(row, p.field(), p.messageKey(), p.args())).toList(), e.fieldProblems().size());
        }
    }

    private List<FieldProblem> check(UnitRow row) {
        List<FieldProblem> problems = new ArrayList<>();
        UnitAdmin.check(row.name(), row.shortName(), row.place()).forEach(p -> problems.add(at(row, p.field(), p.messageKey(), p.args())));
        UnitAdmin.checkContact(row.address(), row.phone(), row.email())
                .forEach(p -> problems.add(at(row, p.field(), p.messageKey(), p.args())));
        if (row.code() == null || !row.code().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,49}")) {
            problems.add(at(row, "code", "org.unit.code.invalid"));
        }
        boolean exists = row.code() != null && units.findByCode(row.code()).isPresent();
        if (exists && !scope.canAdminister(units.findByCode(row.code()).get().id())) {
            problems.add(at(row, "code", "org.import.notYours"));
        }
        try {
            if (UnitRow.enumValue(UnitKind.class, row.kind()) == null && !exists) {
                problems.add(at(row, "kind", "org.unit.kind.required"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(at(row, "kind", "org.unit.kind.unknown", row.kind()));
        }
        try {
            UnitRow.enumValue(SchoolLevel.class, row.schoolLevel());
        } catch (IllegalArgumentException e) {
            problems.add(at(row, "schoolLevel", "org.unit.level.unknown", row.schoolLevel()));
        }
        problems.addAll(checkDates(row, exists));
        return problems;
    }

    private List<FieldProblem> checkDates(UnitRow row, boolean exists) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = null;
        LocalDate to = null;
        try {
            from = UnitRow.date(row.validFrom());
            if (from == null && !exists) {
                problems.add(at(row, "validFrom", "org.unit.validFrom.required"));
            }
        } catch (IllegalArgumentException e) {
            problems.add(at(row, "validFrom", "org.unit.date.invalid", row.validFrom()));
        }
        try {
            to = UnitRow.date(row.validTo());
        } catch (IllegalArgumentException e) {
            problems.add(at(row, "validTo", "org.unit.date.invalid", row.validTo()));
        }
        if (from != null && to != null && to.isBefore(from)) {
            problems.add(at(row, "validTo", "org.unit.validTo.beforeFrom"));
        }
        return problems;
    }

    private List<FieldProblem> checkParent(UnitRow row, Map<String, UnitRow> inFile) {
        if (row.parentCode() == null) {
            return scope.isSystemAdmin() || units.findByCode(String.valueOf(row.code())).isPresent() ? List.of()
                    : List.of(at(row, "parentCode", "org.import.rootAdminOnly"));
        }
        if (row.parentCode().equals(row.code())) {
            return List.of(at(row, "parentCode", "org.import.cycle"));
        }
        if (inFile.containsKey(row.parentCode())) {
            return List.of();
        }
        Optional<UnitView> parent = units.findByCode(row.parentCode()).filter(p -> scope.canSee(p.id()));
        if (parent.isEmpty()) {
            return List.of(at(row, "parentCode", "org.import.parentUnknown", row.parentCode()));
        }
        return scope.canAdminister(parent.get().id()) ? List.of() : List.of(at(row, "parentCode", "org.import.notYours"));
    }

    private static FieldProblem at(UnitRow row, String column, String key, Object... args) {
        return FieldProblem.of("line " + row.line() + ": " + column, key, args);
    }

    private List<UnitRow> exportRows() {
        List<UnitView> all = new ArrayList<>();
        if (scope.isSystemAdmin()) {
            units.roots().forEach(r -> collect(r, all));
        } else {
            units.findAll(scope.rootUnitIds()).forEach(r -> collect(r, all));
        }
        Map<Long, String> codes = new HashMap<>();
        all.forEach(u -> codes.put(u.id(), u.code()));
        List<UnitRow> rows = new ArrayList<>();
        for (UnitView u : all) {
            UnitService.UnitDetails d = units.details(u.id());
            rows.add(new UnitRow(rows.size() + 2, u.code(), u.name(), u.shortName(), u.kind().name(),
                    u.schoolLevel() == null ? null : u.schoolLevel().name(), u.parentId() == null ? null : codes.get(u.parentId()),
                    u.place(), d.address(), d.phone(), d.email(), String.valueOf(u.validFrom()),
                    u.validTo() == null ? null : u.validTo().toString(), u.governingBody()));
        }
        return rows;
    }

    private void collect(UnitView unit, List<UnitView> into) {
        into.add(unit);
        units.children(unit.id(), units.today()).forEach(c -> collect(c, into));
    }

    private static byte[] csv(List<UnitRow> rows) {
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

    private static byte[] xlsx(List<UnitRow> rows) {
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

    private static List<UnitRow> readCsv(InputStream in) {
        try (Reader reader = new InputStreamReader(new org.apache.commons.io.input.BOMInputStream(in), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            if (!parser.getHeaderNames().containsAll(List.of("code", "name"))) {
                throw ProblemException.invalid("org.import.failed",
                        List.of(FieldProblem.of("line 1", "org.import.header", String.join(",", UnitRow.COLUMNS))), 1);
            }
            List<UnitRow> rows = new ArrayList<>();
            for (CSVRecord rec : parser) {
                if (rows.size() >= MAX_ROWS) {
                    throw ProblemException.invalid("org.import.failed",
                            List.of(FieldProblem.of("line " + (rec.getRecordNumber() + 1), "org.import.tooMany", MAX_ROWS)), 1);
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

    private static List<UnitRow> readXlsx(InputStream in) {
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
            for (int r = 1; r <= sheet.getLastRowNum() && rows.size() < MAX_ROWS; r++) {
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
