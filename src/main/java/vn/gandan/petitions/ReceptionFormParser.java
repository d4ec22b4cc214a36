package vn.gandan.petitions;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** Turns the typed log form into a {@link NewReception}; a date or number that does not parse is a field error. */
final class ReceptionFormParser {

    private ReceptionFormParser() {
    }

    static NewReception parse(ReceptionPages.ReceptionForm f) {
        List<FieldProblem> problems = new ArrayList<>();
        Long unit = number("unitId", f.unitId(), problems);
        LocalDate on = null;
        if (f.on() != null && !f.on().isBlank()) {
            try {
                on = LocalDate.parse(f.on().strip());
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("on", "petitions.field.date"));
            }
        }
        Long petition = number("petitionId", f.petitionId(), problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("petitions.error.invalid", problems);
        }
        Boolean head = f.isHead() == null || f.isHead().isBlank() ? null : Boolean.valueOf("true".equals(f.isHead()));
        return new NewReception(unit, on, new NewReception.Host(f.hostName(), f.hostPosition(), head), f.form(),
                new NewReception.Visitor(f.visitorName(), f.visitorIdNumber()), f.content(), f.kind(), f.action(), petition);
    }

    private static Long number(String field, String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            problems.add(FieldProblem.of(field, "petitions.field.number"));
            return null;
        }
    }
}
