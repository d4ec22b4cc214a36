package vn.gandan.reporting;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.util.MultiValueMap;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/** The regime page's form fields (named as the API's fields) read into a command; blank deadline rows are skipped. */
final class RegimeForm {

    static final int BLANK_ROWS = 3;

    private RegimeForm() {
    }

    static RegimeCommand read(MultiValueMap<String, String> form, Long receiverUnitId) {
        return read(form, receiverUnitId, code -> null);
    }

    /** As above; {@code coReceivers} holds unit codes separated by commas, resolved by {@code unitIdByCode} (null: unknown). */
    static RegimeCommand read(MultiValueMap<String, String> form, Long receiverUnitId, Function<String, Long> unitIdByCode) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Long> coReceivers = coReceivers(form.getFirst("coReceivers"), unitIdByCode, problems);
        List<RegimeCommand.PeriodInput> periods = new ArrayList<>();
        for (String type : form.getOrDefault("periodTypes", List.of())) {
            periods.add(new RegimeCommand.PeriodInput(type, number(form.getFirst("cutOffDay." + type),
                    "periods[" + periods.size() + "].cutOffDay", problems)));
        }
        List<RegimeCommand.DeadlineInput> deadlines = new ArrayList<>();
        for (int row = 0; form.containsKey("deadlines[" + row + "].unitKind"); row++) {
            String p = "deadlines[" + row + "].";
            String f = "deadlines[" + deadlines.size() + "].";
            String days = form.getFirst(p + "workingDaysAfter");
            String due = form.getFirst(p + "dueDate");
            if (blank(days) && blank(due)) {
                continue;
            }
            deadlines.add(new RegimeCommand.DeadlineInput(form.getFirst(p + "unitKind"), number(days, f + "workingDaysAfter", problems),
                    date(due, f + "dueDate", problems), form.getFirst(p + "period"),
                    number(form.getFirst(p + "lockWorkingDays"), f + "lockWorkingDays", problems)));
        }
        RegimeCommand c = new RegimeCommand(form.getFirst("name"), form.getFirst("formCode"), receiverUnitId,
                form.getOrDefault("reporterKinds", List.of()), periods, deadlines,
                date(form.getFirst("validFrom"), "validFrom", problems), date(form.getFirst("validTo"), "validTo", problems),
                null, coReceivers);
        if (!problems.isEmpty()) {
            throw new Invalid(c, ProblemException.invalid("error.validation", problems));
        }
        return c;
    }

    /** The deadline rows to show: the command's and a few blank ones to add more. */
    static List<RegimeCommand.DeadlineInput> rows(RegimeCommand c) {
        List<RegimeCommand.DeadlineInput> rows = new ArrayList<>(c.deadlines());
        for (int i = 0; i < BLANK_ROWS; i++) {
            rows.add(new RegimeCommand.DeadlineInput(null, null, null, null, null));
        }
        return rows;
    }

    static Map<String, Integer> cutOffDays(RegimeCommand c) {
        Map<String, Integer> days = new java.util.HashMap<>();
        c.periods().forEach(p -> days.put(p.type(), p.cutOffDay()));
        return days;
    }

    /** Malformed numbers or dates, with what was entered so the page can show it again. */
    static final class Invalid extends RuntimeException {
        final transient RegimeCommand entered;
        final ProblemException problem;

        Invalid(RegimeCommand entered, ProblemException problem) {
            super(problem);
            this.entered = entered;
            this.problem = problem;
        }
    }

    private static List<Long> coReceivers(String text, Function<String, Long> unitIdByCode, List<FieldProblem> problems) {
        List<Long> ids = new ArrayList<>();
        for (String code : blank(text) ? new String[0] : text.split("[,;\\s]+")) {
            if (code.isBlank()) {
                continue;
            }
            Long id = unitIdByCode.apply(code.strip());
            if (id == null) {
                problems.add(FieldProblem.of("coReceivers", "reporting.regime.coReceiver.unknown", code.strip()));
            } else {
                ids.add(id);
            }
        }
        return ids;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer number(String s, String field, List<FieldProblem> problems) {
        return parse(s, field, "reporting.regime.number.invalid", problems, Integer::valueOf);
    }

    private static LocalDate date(String s, String field, List<FieldProblem> problems) {
        return parse(s, field, "reporting.regime.date.invalid", problems, vn.gandan.shared.Dates::parse);
    }

    private static <T> T parse(String s, String field, String key, List<FieldProblem> problems, Function<String, T> parser) {
        if (blank(s)) {
            return null;
        }
        try {
            return parser.apply(s.strip());
        } catch (NumberFormatException | DateTimeParseException e) {
            problems.add(FieldProblem.of(field, key));
            return null;
        }
    }
}
