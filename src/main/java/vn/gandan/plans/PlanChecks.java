package vn.gandan.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * What a plan command must satisfy before it is saved: text normalised (NFC, trimmed; a body keeps its paragraphs one per
 * line), then every field checked.
 */
@Component
class PlanChecks {

    static final Set<String> REPORT_PERIODS = Set.of("QUARTER_1", "QUARTERLY", "SIX_MONTH", "NINE_MONTH", "ANNUAL", "OTHER");
    static final Set<String> RECURRENCES = Set.of("ONCE", "MONTHLY", "QUARTERLY", "SEMI_ANNUAL", "ANNUAL", "CONTINUOUS");
    /** How far outside the plan's period a task may fall due (the tasks module's rule: about a quarter). */
    private static final int DUE_MARGIN_DAYS = 92;
    private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");
    private static final Pattern SCHOOL_YEAR = Pattern.compile("((?:19|20)\\d\\d)-((?:19|20)\\d\\d)");

    private final UnitService units;

    PlanChecks(UnitService units) {
        this.units = units;
    }

    static PlanCommand normalise(PlanCommand c) {
        if (c == null) throw ProblemException.badRequest("error.malformed");
        List<PlanContent.Section> sections = c.sections().stream().filter(s -> s != null).map(s -> new PlanContent.Section(
                Texts.clean(s.heading()), Texts.paragraphs(s.body()), s.items().stream().filter(i -> i != null)
                .map(i -> new PlanContent.Item(Texts.clean(i.heading()), Texts.paragraphs(i.body()),
                        i.subItems().stream().map(Texts::clean).filter(x -> x != null && !x.isBlank()).toList())).toList()))
                .toList();
        List<PlanContent.BaseRef> bases = c.baseRefs().stream().filter(b -> b != null)
                .map(b -> new PlanContent.BaseRef(b.planId(), Texts.clean(b.citation()))).toList();
        List<PlanContent.Signer> signers = c.signers().stream().filter(s -> s != null)
                .map(s -> new PlanContent.Signer(Texts.clean(s.name()), Texts.clean(s.title()), Texts.clean(s.onBehalf())))
                .toList();
        List<PlanCommand.Task> tasks = c.tasks().stream().filter(t -> t != null).flatMap(t -> perUnit(t).stream())
                .map(t -> new PlanCommand.Task(Texts.clean(t.title()), t.leadUnitId(), t.assigneeUnitIds(), t.due(),
                        t.recurrence() == null || t.recurrence().isBlank() ? "ONCE" : t.recurrence().strip())
                        .derivedFrom(t.derivedFromTaskId())).toList();
        PlanContent.Period period = c.period() == null ? null
                : new PlanContent.Period(c.period().kind() == null ? null : c.period().kind().strip(),
                c.period().value() == null ? null : c.period().value().strip());
        return new PlanCommand(c.kind(), c.issuerUnitIds().stream().filter(x -> x != null).distinct().toList(),
                Texts.clean(c.title()), period, Texts.clean(c.place()), bases, sections, tasks,
                c.reportDeadlines().stream().filter(d -> d != null).toList(),
                c.recipients().stream().map(PlanChecks::recipient).filter(r -> r != null && !r.isBlank()).toList(), signers,
                c.footnotes().stream().map(Texts::clean).filter(r -> r != null && !r.isBlank()).toList());
    }

    /** A task given to many units at once: one task per unit, each led by its unit (the lead given first). */
    static List<PlanCommand.Task> perUnit(PlanCommand.Task t) {
        if (t.leadUnitIds().isEmpty()) return List.of(t);
        List<Long> leads = new ArrayList<>();
        if (t.leadUnitId() != null) leads.add(t.leadUnitId());
        t.leadUnitIds().stream().filter(u -> !leads.contains(u)).forEach(leads::add);
        return leads.stream().map(u -> new PlanCommand.Task(t.title(), u,
                t.assigneeUnitIds().stream().filter(a -> !a.equals(u)).toList(), t.due(), t.recurrence())).toList();
    }

    /** A recipient line as typed ("- Sở GDĐT;"): the document adds the dash, so a typed one is dropped. */
    static String recipient(String line) {
        String t = Texts.clean(line);
        return t == null ? null : t.replaceFirst("^[-–—•+*]+\\s*", "").strip();
    }

    /** 422 with one problem per invalid field (field names as in the JSON body, e.g. {@code tasks[0].leadUnitId}). */
    void validate(PlanCommand c, Long selfId, java.util.function.LongPredicate planVisible) {
        List<FieldProblem> p = new ArrayList<>();
        if (c.kind() == null) p.add(FieldProblem.of("kind", "plans.validation.kind"));
        if (c.issuerUnitIds().isEmpty()) p.add(FieldProblem.of("issuerUnitIds", "plans.validation.issuerRequired"));
        else if (c.kind() != null && c.kind() != PlanKind.KE_HOACH_PHOI_HOP && c.issuerUnitIds().size() > 1) {
            p.add(FieldProblem.of("issuerUnitIds", "plans.validation.oneIssuer"));
        } else if (c.kind() == PlanKind.KE_HOACH_PHOI_HOP && c.issuerUnitIds().size() < 2) {
            p.add(FieldProblem.of("issuerUnitIds", "plans.validation.jointIssuers"));
        }
        for (int i = 0; i < c.issuerUnitIds().size(); i++) {
            if (units.find(c.issuerUnitIds().get(i)).isEmpty()) p.add(FieldProblem.of("issuerUnitIds[" + i + "]", "plans.validation.unknownUnit"));
        }
        if (c.title() == null || c.title().isBlank()) p.add(FieldProblem.of("title", "plans.validation.titleRequired"));
        else if (c.title().length() > 1000) p.add(FieldProblem.of("title", "plans.validation.tooLong", 1000));
        if (c.period() == null || c.period().kind() == null || c.period().value() == null) {
            p.add(FieldProblem.of("period", "plans.validation.periodRequired"));
        } else if ("YEAR".equals(c.period().kind())) {
            if (!YEAR.matcher(c.period().value()).matches()) p.add(FieldProblem.of("period.value", "plans.validation.year"));
        } else if ("SCHOOL_YEAR".equals(c.period().kind())) {
            var m = SCHOOL_YEAR.matcher(c.period().value());
            if (!m.matches() || Integer.parseInt(m.group(2)) != Integer.parseInt(m.group(1)) + 1) {
                p.add(FieldProblem.of("period.value", "plans.validation.schoolYear"));
            }
        } else {
            p.add(FieldProblem.of("period.kind", "plans.validation.periodKind"));
        }
        if (c.place() != null && c.place().length() > 200) p.add(FieldProblem.of("place", "plans.validation.tooLong", 200));
        for (int i = 0; i < c.baseRefs().size(); i++) {
            PlanContent.BaseRef b = c.baseRefs().get(i);
            if (b.planId() == null && (b.citation() == null || b.citation().isBlank())) {
                p.add(FieldProblem.of("baseRefs[" + i + "]", "plans.validation.baseEmpty"));
            } else if (b.planId() != null && (b.planId().equals(selfId) || !planVisible.test(b.planId()))) {
                p.add(FieldProblem.of("baseRefs[" + i + "].planId", "plans.validation.unknownPlan"));
            } else if (b.citation() != null && b.citation().length() > 2000) {
                p.add(FieldProblem.of("baseRefs[" + i + "].citation", "plans.validation.tooLong", 2000));
            }
        }
        if (c.sections().size() > 60) p.add(FieldProblem.of("sections", "plans.validation.tooMany", 60));
        for (int i = 0; i < c.sections().size(); i++) {
            PlanContent.Section s = c.sections().get(i);
            if (s.heading() == null || s.heading().isBlank()) p.add(FieldProblem.of("sections[" + i + "].heading", "plans.validation.headingRequired"));
            else if (s.heading().length() > 500) p.add(FieldProblem.of("sections[" + i + "].heading", "plans.validation.tooLong", 500));
            if (s.body() != null && s.body().length() > 50_000) p.add(FieldProblem.of("sections[" + i + "].body", "plans.validation.tooLong", 50_000));
            for (int j = 0; j < s.items().size(); j++) {
                PlanContent.Item it = s.items().get(j);
                if ((it.heading() == null || it.heading().isBlank()) && (it.body() == null || it.body().isBlank())) {
                    p.add(FieldProblem.of("sections[" + i + "].items[" + j + "]", "plans.validation.itemEmpty"));
                }
            }
        }
        for (int i = 0; i < c.tasks().size(); i++) {
            PlanCommand.Task t = c.tasks().get(i);
            String f = "tasks[" + i + "].";
            if (t.title() == null || t.title().isBlank()) p.add(FieldProblem.of(f + "title", "plans.validation.taskTitle"));
            else if (t.title().length() > 500) p.add(FieldProblem.of(f + "title", "plans.validation.tooLong", 500));
            if (t.leadUnitId() != null && units.find(t.leadUnitId()).isEmpty()) p.add(FieldProblem.of(f + "leadUnitId", "plans.validation.unknownUnit"));
            for (Long a : t.assigneeUnitIds()) {
                if (a == null || units.find(a).isEmpty()) p.add(FieldProblem.of(f + "assigneeUnitIds", "plans.validation.unknownUnit"));
            }
            if (!RECURRENCES.contains(t.recurrence())) p.add(FieldProblem.of(f + "recurrence", "plans.validation.recurrence"));
            if ("ONCE".equals(t.recurrence()) && t.due() == null) p.add(FieldProblem.of(f + "due", "plans.validation.dueRequired"));
            if (t.due() != null && c.period() != null && p.stream().noneMatch(x -> x.field().startsWith("period"))
                    && c.period().value() != null && (t.due().isBefore(PlanPeriods.start(c.period()).minusDays(DUE_MARGIN_DAYS))
                    || t.due().isAfter(PlanPeriods.end(c.period()).plusDays(DUE_MARGIN_DAYS)))) {
                p.add(FieldProblem.of(f + "due", "plans.validation.dueOutside"));
            }
        }
        for (int i = 0; i < c.reportDeadlines().size(); i++) {
            PlanContent.ReportDeadline d = c.reportDeadlines().get(i);
            if (d.period() == null || !REPORT_PERIODS.contains(d.period())) p.add(FieldProblem.of("reportDeadlines[" + i + "].period", "plans.validation.reportPeriod"));
            if (d.due() == null) p.add(FieldProblem.of("reportDeadlines[" + i + "].due", "plans.validation.dueRequired"));
            if (d.recipient() != null && d.recipient().length() > 300) {
                p.add(FieldProblem.of("reportDeadlines[" + i + "].recipient", "plans.validation.tooLong", 300));
            }
            coReceivers(c, i, p);
        }
        if (c.recipients().size() > 100) p.add(FieldProblem.of("recipients", "plans.validation.tooMany", 100));
        for (int i = 0; i < c.recipients().size(); i++) {
            if (c.recipients().get(i).length() > 500) p.add(FieldProblem.of("recipients[" + i + "]", "plans.validation.tooLong", 500));
        }
        for (int i = 0; i < c.signers().size(); i++) {
            PlanContent.Signer s = c.signers().get(i);
            if (s.name() != null && s.name().length() > 200) p.add(FieldProblem.of("signers[" + i + "].name", "plans.validation.tooLong", 200));
            if (s.title() != null && s.title().length() > 200) p.add(FieldProblem.of("signers[" + i + "].title", "plans.validation.tooLong", 200));
            if (s.onBehalf() != null && !s.onBehalf().isBlank()
                    && !s.onBehalf().matches("(?i)(TM\\.|KT\\.|TL\\.|TUQ\\.|Q\\.|T/M|K/T|T/L)\\s.*")) {
                p.add(FieldProblem.of("signers[" + i + "].onBehalf", "plans.validation.onBehalf"));
            }
        }
        if (!p.isEmpty()) throw ProblemException.invalid("plans.validation.failed", p, p.size());
    }

    /** Defect 12: each co-receiver a known unit, named once, not an issuer (the issuer is the main receiver). */
    private void coReceivers(PlanCommand c, int i, List<FieldProblem> p) {
        List<Long> ids = c.reportDeadlines().get(i).coReceiverUnitIds();
        for (int j = 0; ids != null && j < ids.size(); j++) {
            Long u = ids.get(j);
            String f = "reportDeadlines[" + i + "].coReceiverUnitIds[" + j + "]";
            if (u == null || units.find(u).isEmpty()) p.add(FieldProblem.of(f, "plans.validation.unknownUnit"));
            else if (c.issuerUnitIds().contains(u) || ids.indexOf(u) < j) p.add(FieldProblem.of(f, "plans.validation.coReceiverTwice"));
        }
    }

    /**
     * Rule E3: a level reports before the level above, so each report deadline must fall before the deadline of the
     * same report in the plans this one implements (its bases that are plans); 422 naming the upper date otherwise.
     */
    void deadlinesBeforeBases(PlanContent c, List<Long> issuers, java.util.function.LongFunction<java.util.Optional<Plan>> bases) {
        List<FieldProblem> p = new ArrayList<>();
        for (PlanContent.BaseRef b : c.baseRefs()) {
            Plan base = b.planId() == null ? null : bases.apply(b.planId()).orElse(null);
            if (base == null) continue;
            ReportDeadlineLevels.deadlineProblems(c, names(issuers), base.content(), names(base.issuerUnitIds())).stream()
                    .filter(x -> p.stream().noneMatch(y -> y.field().equals(x.field()))).forEach(p::add);
        }
        if (!p.isEmpty()) throw ProblemException.invalid("plans.validation.failed", p, p.size());
    }

    private Set<String> names(List<Long> issuers) {
        if (issuers.isEmpty()) return Set.of();
        return units.find(issuers.get(0)).map(u -> u.shortName() == null ? Set.of(u.name()) : Set.of(u.name(), u.shortName()))
                .orElse(Set.of());
    }

}
