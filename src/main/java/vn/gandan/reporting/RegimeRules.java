package vn.gandan.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.stereotype.Component;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitKind;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Checks a regime field by field: NĐ 09 Đ8.5 (every deadline at least one working day after the data
 * cut-off) and E3 (a lower level is due before the level that consolidates it: school before xã/Phòng,
 * Phòng before Sở …).
 */
@Component
class RegimeRules {

    /** Levels of a roll-up, lowest first; kinds not listed (Party, mass organisations) are not ordered. */
    static final Map<String, Integer> LEVEL = Map.of("TRUONG", 1, "UBND_XA", 2, "PHONG_GDDT", 2, "PHONG_VHXH", 2,
            "UBND_HUYEN", 3, "SO_GDDT", 4, "UBND_TINH", 5, "BO", 6);

    private final WorkCalendar calendar;
    private final FormCatalog forms;

    RegimeRules(WorkCalendar calendar, FormCatalog forms) {
        this.calendar = calendar;
        this.forms = forms;
    }

    /** The regime the command describes, or 422 with every problem; {@code formId[0]} receives the form's id. */
    ReportingRegime check(long id, RegimeCommand c, long[] formId) {
        List<FieldProblem> problems = new ArrayList<>();
        String name = Texts.clean(c.name());
        if (name == null || name.isEmpty() || name.length() > 300 || name.contains("<") || name.contains(">")) {
            problems.add(FieldProblem.of("name", "reporting.form.text.invalid", 300));
        }
        FormDef form = null;
        try {
            form = forms.byCode(c.formCode());
            formId[0] = form.id();
        } catch (NotFoundException e) {
            problems.add(FieldProblem.of("formCode", "reporting.regime.form.unknown", String.valueOf(c.formCode())));
        }
        List<String> kinds = kinds(c, problems);
        List<ReportingRegime.PeriodRule> periods = periods(c, problems);
        if (c.validFrom() != null && c.validTo() != null && c.validTo().isBefore(c.validFrom())) {
            problems.add(FieldProblem.of("validTo", "reporting.regime.validTo.beforeFrom"));
        }
        ReportingRegime draft = new ReportingRegime(id, name, form == null ? null : form.code(),
                form == null ? 0 : form.version(), c.receiverUnitId(), kinds, periods, List.of(), c.validFrom(),
                c.validTo(), c.sourcePlanId(), List.of());
        List<ReportingRegime.Deadline> deadlines = deadlines(c, draft, problems);
        levelOrder(deadlines, problems);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        return new ReportingRegime(id, name, form.code(), form.version(), c.receiverUnitId(), kinds, periods, deadlines,
                c.validFrom(), c.validTo(), c.sourcePlanId(), List.of());
    }

    /** Whether a due date leaves at least one working day after the cut-off (NĐ 09 Đ8.5). */
    boolean leavesAWorkingDay(LocalDate cutOffEnd, LocalDate due) {
        return calendar.workingDaysBetween(cutOffEnd, due, null) >= 1;
    }

    private static List<String> kinds(RegimeCommand c, List<FieldProblem> problems) {
        List<String> known = Arrays.stream(UnitKind.values()).map(Enum::name).toList();
        List<String> kinds = c.reporterKinds().stream().filter(k -> k != null && !k.isBlank()).map(String::strip).distinct().toList();
        if (kinds.isEmpty()) {
            problems.add(FieldProblem.of("reporterKinds", "reporting.regime.reporters.required"));
        }
        kinds.stream().filter(k -> !known.contains(k))
                .forEach(k -> problems.add(FieldProblem.of("reporterKinds", "reporting.regime.kind.unknown", k)));
        return kinds;
    }

    private static List<ReportingRegime.PeriodRule> periods(RegimeCommand c, List<FieldProblem> problems) {
        List<ReportingRegime.PeriodRule> rules = new ArrayList<>();
        for (int i = 0; i < c.periods().size(); i++) {
            RegimeCommand.PeriodInput p = c.periods().get(i);
            int day = p.cutOffDay() == null ? ReportingRegime.DEFAULT_CUT_OFF_DAY : p.cutOffDay();
            PeriodType type = Arrays.stream(PeriodType.values()).filter(t -> t.name().equals(p.type())).findFirst().orElse(null);
            if (type == null) {
                problems.add(FieldProblem.of("periods[" + i + "].type", "reporting.regime.period.unknown", String.valueOf(p.type())));
            } else if (rules.stream().anyMatch(r -> r.type() == type)) {
                problems.add(FieldProblem.of("periods[" + i + "].type", "reporting.regime.period.twice", label(type)));
            }
            if (day < 1 || day > 28) {
                problems.add(FieldProblem.of("periods[" + i + "].cutOffDay", "reporting.regime.cutOffDay.range"));
            }
            if (type != null) {
                rules.add(new ReportingRegime.PeriodRule(type, day));
            }
        }
        if (c.periods().isEmpty()) {
            problems.add(FieldProblem.of("periods", "reporting.regime.periods.required"));
        }
        return rules;
    }

    private List<ReportingRegime.Deadline> deadlines(RegimeCommand c, ReportingRegime draft, List<FieldProblem> problems) {
        List<ReportingRegime.Deadline> result = new ArrayList<>();
        for (int i = 0; i < c.deadlines().size(); i++) {
            RegimeCommand.DeadlineInput d = c.deadlines().get(i);
            String f = "deadlines[" + i + "].";
            if (d.unitKind() == null || !draft.reports(d.unitKind())) {
                problems.add(FieldProblem.of(f + "unitKind", "reporting.regime.deadline.notReporter", String.valueOf(d.unitKind())));
            }
            int lock = d.lockWorkingDays() == null ? ReportService.DEFAULT_LOCK_DAYS : d.lockWorkingDays();
            if (lock < 0 || lock > 365) {
                problems.add(FieldProblem.of(f + "lockWorkingDays", "reporting.regime.lock.range"));
            }
            String period = d.period() == null ? "" : d.period().strip();
            if ((d.workingDaysAfter() == null) == (d.dueDate() == null)) {
                problems.add(FieldProblem.of(f + "workingDaysAfter", "reporting.regime.deadline.oneOf"));
            } else if (d.workingDaysAfter() != null) {
                if (d.workingDaysAfter() < 1 || d.workingDaysAfter() > 250) {
                    problems.add(FieldProblem.of(f + "workingDaysAfter", "reporting.regime.deadline.daysTooFew"));
                }
                period = "";
            } else {
                period = checkFixed(f, period, d.dueDate(), draft, problems);
            }
            result.add(new ReportingRegime.Deadline(d.unitKind(), period, d.workingDaysAfter(), d.dueDate(), null, lock));
        }
        return result;
    }

    private String checkFixed(String f, String period, LocalDate due, ReportingRegime draft, List<FieldProblem> problems) {
        ReportPeriod p;
        try {
            p = ReportPeriod.parse(period);
        } catch (ProblemException e) {
            problems.add(FieldProblem.of(f + "period", "reporting.regime.deadline.period", period));
            return period;
        }
        if (!draft.covers(p.code())) {
            problems.add(FieldProblem.of(f + "period", "reporting.regime.deadline.periodNotCovered", p.code()));
        } else if (!leavesAWorkingDay(draft.cutOffEnd(p), due)) {
            problems.add(FieldProblem.of(f + "dueDate", "reporting.regime.deadline.beforeCutOff",
                    ReportService.VN_DATE.format(draft.cutOffEnd(p))));
        }
        return p.code();
    }

    /** A lower level must be due strictly before every higher level, for the same period. */
    private static void levelOrder(List<ReportingRegime.Deadline> deadlines, List<FieldProblem> problems) {
        for (int i = 0; i < deadlines.size(); i++) {
            ReportingRegime.Deadline low = deadlines.get(i);
            if (low.unitKind() == null || (low.dueDate() == null && low.workingDaysAfter() == null)) {
                continue;
            }
            for (ReportingRegime.Deadline high : deadlines) {
                Integer a = LEVEL.get(low.unitKind());
                Integer b = high.unitKind() == null ? null : LEVEL.get(high.unitKind());
                if (a == null || b == null || a >= b || !low.period().equals(high.period())) {
                    continue;
                }
                boolean late = low.dueDate() == null ? high.workingDaysAfter() != null && low.workingDaysAfter() >= high.workingDaysAfter()
                        : high.dueDate() != null && !low.dueDate().isBefore(high.dueDate());
                if (late) {
                    problems.add(FieldProblem.of("deadlines[" + i + "]." + (low.dueDate() == null ? "workingDaysAfter" : "dueDate"),
                            "reporting.regime.deadline.levelOrder", kind(low.unitKind()), kind(high.unitKind())));
                    break;
                }
            }
        }
    }

    static DefaultMessageSourceResolvable kind(String unitKind) {
        return new DefaultMessageSourceResolvable(new String[] {"org.kind." + unitKind}, unitKind);
    }

    static DefaultMessageSourceResolvable label(PeriodType type) {
        return new DefaultMessageSourceResolvable("reporting.periodType." + type.name());
    }
}
