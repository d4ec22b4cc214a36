package vn.gandan.org;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.gandan.shared.FieldProblem;

/**
 * The checks of one imported line of the unit tree (names, contact, code, kind, level, dates, parent, the caller's
 * right to administer it), each problem named by its line and column.
 */
final class UnitRowChecks {

    private final UnitService units;
    private final CallerScope scope;

    UnitRowChecks(UnitService units, CallerScope scope) {
        this.units = units;
        this.scope = scope;
    }

    List<FieldProblem> check(UnitRow row) {
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

    List<FieldProblem> checkParent(UnitRow row, Map<String, UnitRow> inFile) {
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

    static FieldProblem at(UnitRow row, String column, String key, Object... args) {
        return FieldProblem.of("line " + row.line() + ": " + column, key, args);
    }
}
