package vn.gandan.emulation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** Who may act for a unit (its leaders, specialists and administrators, or those of a unit above) and the day rules. */
@Component
class Actors {

    private final AccessService access;
    private final Clock clock;
    private final vn.gandan.org.UnitService units;

    Actors(AccessService access, Clock clock, vn.gandan.org.UnitService units) {
        this.access = access;
        this.clock = clock;
        this.units = units;
    }

    String unitName(long unitId) {
        return units.find(unitId).map(vn.gandan.org.UnitView::name).orElse("");
    }

    /** The caller, if they may act for the unit; 404 if the unit is out of scope, 403 with the given message. */
    Caller require(long unitId, String forbiddenKey) {
        access.requireVisible(unitId);
        if (!may(unitId)) throw ProblemException.forbidden(forbiddenKey);
        return access.requireCaller();
    }

    /** The caller acting for a unit on an object already in scope: 403 with the given message unless they may. */
    Caller act(long unitId, String forbiddenKey) {
        if (!may(unitId)) throw ProblemException.forbidden(forbiddenKey);
        return access.requireCaller();
    }

    boolean may(long unitId) {
        return access.hasRole(unitId, Role.LEADER) || access.hasRole(unitId, Role.SPECIALIST)
                || access.hasRole(unitId, Role.UNIT_ADMIN);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    /** A step's day: required, not in the future, not before {@code notBefore} (the previous step). */
    List<FieldProblem> dayProblems(String field, LocalDate on, LocalDate notBefore) {
        List<FieldProblem> out = new ArrayList<>();
        if (on == null) out.add(FieldProblem.of(field, "emulation.error.dayRequired"));
        else if (on.isAfter(today())) out.add(FieldProblem.of(field, "emulation.error.dayInFuture"));
        else if (notBefore != null && on.isBefore(notBefore)) {
            out.add(FieldProblem.of(field, "emulation.error.dayBeforePrevious",
                    notBefore.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"))));
        }
        return out;
    }

    static LocalDate day(String field, Object value) {
        if (value == null || String.valueOf(value).isBlank()) return null;
        try {
            return LocalDate.parse(String.valueOf(value).strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ProblemException.invalid("emulation.error.invalid",
                    List.of(FieldProblem.of(field, "emulation.error.dayFormat")));
        }
    }
}
