package vn.gandan.org;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/**
 * Import and export of the tree as CSV or XLSX. An import is all or nothing: every line is checked first,
 * parents may come later in the file, and any error leaves the database untouched with a report that
 * names the line and column of each problem. Lines are checked by {@link UnitRowChecks}; files read and written by
 * {@link UnitFiles}.
 */
@Service
public class UnitTransfer {

    static final int MAX_ROWS = 100_000;

    private final UnitService units;
    private final UnitAdmin admin;
    private final CallerScope scope;
    private final UnitRowChecks checks;

    UnitTransfer(UnitService units, UnitAdmin admin, CallerScope scope) {
        this.units = units;
        this.admin = admin;
        this.scope = scope;
        this.checks = new UnitRowChecks(units, scope);
    }

    /** The outcome of a successful import. */
    public record Result(int created, int updated) {
    }

    public enum Format { CSV, XLSX }

    @Transactional(readOnly = true)
    public byte[] export(Format format) {
        List<UnitRow> rows = exportRows();
        return format == Format.CSV ? UnitFiles.csv(rows) : UnitFiles.xlsx(rows);
    }

    @Transactional
    public Result importFile(InputStream in, Format format) {
        List<UnitRow> rows = format == Format.CSV ? UnitFiles.readCsv(in, MAX_ROWS) : UnitFiles.readXlsx(in, MAX_ROWS);
        List<FieldProblem> problems = new ArrayList<>();
        Map<String, UnitRow> byCode = new LinkedHashMap<>();
        for (UnitRow row : rows) {
            problems.addAll(checks.check(row));
            if (row.code() != null && byCode.putIfAbsent(row.code(), row) != null) {
                problems.add(UnitRowChecks.at(row, "code", "org.import.duplicateInFile", row.code()));
            }
        }
        for (UnitRow row : rows) {
            problems.addAll(checks.checkParent(row, byCode));
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
                        next.stream().map(r -> UnitRowChecks.at(r, "parentCode", "org.import.cycle")).toList(), next.size());
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
            throw ProblemException.invalid("org.import.failed", List.of(UnitRowChecks.at(row, "governingBody", "org.unit.governingBody.tooLong")), 1);
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
                    .map(p -> UnitRowChecks.at(row, p.field(), p.messageKey(), p.args())).toList(), e.fieldProblems().size());
        }
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
}
