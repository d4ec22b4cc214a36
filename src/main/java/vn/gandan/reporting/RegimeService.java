package vn.gandan.reporting;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Reporting regimes as the caller may see and manage them (a leader or specialist of the receiver, or a system
 * administrator), and the regime in force for a receiver or a reporter in a period.
 */
@Service
@Transactional
class RegimeService {

    private final RegimeStore store;
    private final RegimeRules rules;
    private final AccessService access;
    private final UnitService units;
    private final AuditLog audit;
    private final vn.gandan.calendar.WorkCalendar calendar;

    RegimeService(RegimeStore store, RegimeRules rules, AccessService access, UnitService units, AuditLog audit,
                  vn.gandan.calendar.WorkCalendar calendar) {
        this.calendar = calendar;
        this.store = store;
        this.rules = rules;
        this.access = access;
        this.units = units;
        this.audit = audit;
    }

    /** Regimes whose receiver the caller can see, and the form-wide ones. */
    @Transactional(readOnly = true)
    List<ReportingRegime> list() {
        return store.all().stream().filter(r -> r.receiverUnitId() == null || access.canSee(r.receiverUnitId())).toList();
    }

    /** One regime; 404 when its receiver lies outside the caller's scope. */
    @Transactional(readOnly = true)
    ReportingRegime get(long id) {
        ReportingRegime r = store.find(id).orElseThrow(() -> new NotFoundException("regime", id));
        if (r.receiverUnitId() != null && !access.canSee(r.receiverUnitId())) {
            throw new NotFoundException("regime", id);
        }
        return r;
    }

    ReportingRegime create(RegimeCommand c) {
        if (c.receiverUnitId() == null) {
            throw ProblemException.invalid("error.validation", List.of(FieldProblem.of("receiverUnitId",
                    "reporting.regime.receiver.required")));
        }
        requireManager(c.receiverUnitId());
        long[] formId = new long[1];
        ReportingRegime checked = rules.check(0, c, formId);
        ReportingRegime r = withCoReceivers(checked, c.coReceiverUnitIds() != null ? c
                : c.withCoReceivers(previousCoReceivers(checked, formId[0])));
        beforeReceiver(r, formId[0]);
        long id = store.insert(r, formId[0], access.caller().map(Caller::username).orElse(null));
        audit.record("CREATE", "ReportingRegime", id, null, Map.of("name", r.name(), "form", r.formCode()));
        return store.find(id).orElseThrow();
    }

    /** Replaces a regime's content; the receiver and source plan stay. */
    ReportingRegime update(long id, RegimeCommand c) {
        ReportingRegime old = get(id);
        if (!canManage(old)) {
            throw ProblemException.forbidden("reporting.regime.managerOnly");
        }
        RegimeCommand same = new RegimeCommand(c.name(), c.formCode(), old.receiverUnitId(), c.reporterKinds(), c.periods(),
                c.deadlines(), c.validFrom(), c.validTo(), old.sourcePlanId(), c.coReceiverUnitIds());
        long[] formId = new long[1];
        ReportingRegime checked = withCoReceivers(rules.check(id, same, formId),
                same.coReceiverUnitIds() != null ? same : same.withCoReceivers(old.coReceiverUnitIds()));
        beforeReceiver(checked, formId[0]);
        store.update(id, checked, formId[0]);
        audit.record("UPDATE", "ReportingRegime", id, Map.of("name", old.name()), Map.of("name", same.name()));
        return store.find(id).orElseThrow();
    }

    @Transactional(readOnly = true)
    boolean canManage(ReportingRegime r) {
        return access.isSystemAdmin() || r.receiverUnitId() != null && isManager(r.receiverUnitId());
    }

    @Transactional(readOnly = true)
    boolean canCreate() {
        return access.isSystemAdmin() || access.caller().map(c -> c.grants().stream()
                .anyMatch(g -> g.role() == Role.LEADER || g.role() == Role.SPECIALIST)).orElse(false);
    }

    /** The regime in force for reports sent to the unit in that period (for the overview page). */
    @Transactional(readOnly = true)
    Optional<ReportingRegime> forReceiver(long unitId, FormDef form, String period) {
        return inForceForReceiver(unitId, form.id(), ReportPeriod.parse(period));
    }

    /** The regime that governs reports sent to {@code unitId} (its own, else its nearest ancestor's, else form-wide). */
    @Transactional(readOnly = true)
    Optional<ReportingRegime> inForceForReceiver(long unitId, long formId, ReportPeriod p) {
        // a GET request resolves a receiver's regime once (/reports did it for the matrix and for its consolidated view)
        return vn.gandan.shared.GetRequestMemo.get("reporting.regimeForReceiver", unitId + "|" + formId + "|" + p.code(),
                k -> resolveForReceiver(unitId, formId, p));
    }

    private Optional<ReportingRegime> resolveForReceiver(long unitId, long formId, ReportPeriod p) {
        if (!store.anyWithReceiver(formId)) {
            return store.resolve(formId, List.of(), p);
        }
        List<Long> chain = new ArrayList<>();
        chain.add(unitId);
        chain.addAll(units.ancestorIds(unitId, p.referenceDate()));
        return store.resolve(formId, chain, p);
    }

    /** A level's deadline and the regime it comes from. */
    record Level(ReportingRegime regime, ReportingRegime.Deadline deadline) {
    }

    /**
     * The deadline of the unit's own report: from the regime its parent (in that period) receives under; a level
     * that regime does not set for the period follows the next regime up (finally the form-wide one).
     */
    @Transactional(readOnly = true)
    Optional<Level> levelFor(long unitId, String unitKind, long formId, ReportPeriod p) {
        List<Long> chain = new ArrayList<>();
        if (store.anyWithReceiver(formId)) {
            units.parentId(unitId, p.referenceDate()).ifPresent(parent -> {
                chain.add(parent);
                chain.addAll(units.ancestorIds(parent, p.referenceDate()));
            });
        }
        for (ReportingRegime r : store.inForce(formId, chain, p)) {
            Optional<ReportingRegime.Deadline> d = r.deadline(unitKind, p.code());
            if (d.isPresent()) {
                return Optional.of(new Level(r, d.get()));
            }
        }
        return Optional.empty();
    }

    /**
     * The receivers of the unit's report in the period: its parent then (the main receiver), and the co-receivers of
     * the regime the parent receives under when the parent is that regime's own receiver (defect 12).
     */
    @Transactional(readOnly = true)
    List<Long> receiversOf(long unitId, long formId, ReportPeriod p) {
        Optional<Long> parent = units.parentId(unitId, p.referenceDate());
        if (parent.isEmpty()) {
            return List.of();
        }
        List<Long> all = new ArrayList<>(List.of(parent.get()));
        inForceForReceiver(parent.get(), formId, p).filter(r -> parent.get().equals(r.receiverUnitId()))
                .ifPresent(r -> all.addAll(r.coReceiverUnitIds()));
        return all;
    }

    /**
     * Defect 12: the co-receivers of the latest regime of the same receiver, form and frequencies, which a new regime
     * follows unless its author names its own (an empty list removes them).
     */
    private List<Long> previousCoReceivers(ReportingRegime r, long formId) {
        java.util.Set<PeriodType> types = new java.util.HashSet<>();
        r.periods().forEach(p -> types.add(p.type()));
        return store.ofForm(formId).stream()
                .filter(o -> o.receiverUnitId() != null && o.receiverUnitId().equals(r.receiverUnitId()))
                .filter(o -> o.periods().stream().map(ReportingRegime.PeriodRule::type).collect(java.util.stream.Collectors.toSet())
                        .equals(types))
                .reduce((a, b) -> b).map(ReportingRegime::coReceiverUnitIds).orElse(List.of());
    }

    /** The co-receivers named by the command: existing units, each once, none the main receiver; else 422. */
    private ReportingRegime withCoReceivers(ReportingRegime r, RegimeCommand c) {
        List<FieldProblem> problems = new ArrayList<>();
        List<Long> ids = c.coReceiverUnitIds();
        for (int i = 0; i < ids.size(); i++) {
            Long u = ids.get(i);
            String field = "coReceiverUnitIds[" + i + "]";
            if (u == null || units.find(u).isEmpty()) {
                problems.add(FieldProblem.of(field, "reporting.regime.coReceiver.unknown", String.valueOf(u)));
            } else if (u.equals(r.receiverUnitId()) || ids.indexOf(u) < i) {
                problems.add(FieldProblem.of(field, "reporting.regime.coReceiver.twice", units.get(u).name()));
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
        return new ReportingRegime(r.id(), r.name(), r.formCode(), r.formVersion(), r.receiverUnitId(), r.reporterKinds(),
                r.periods(), r.deadlines(), r.validFrom(), r.validTo(), r.sourcePlanId(), r.planIds(), ids);
    }

    /**
     * Rule E3: a fixed date set for the reporters must fall before the own deadline of every receiver for that period
     * (the main receiver and each co-receiver that itself reports the form up its tree, defect 12).
     */
    private void beforeReceiver(ReportingRegime r, long formId) {
        List<Long> receivers = new ArrayList<>();
        if (r.receiverUnitId() != null) {
            receivers.add(r.receiverUnitId());
        }
        receivers.addAll(r.coReceiverUnitIds());
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < r.deadlines().size(); i++) {
            ReportingRegime.Deadline d = r.deadlines().get(i);
            if (d.dueDate() == null || d.period() == null || d.period().isEmpty()) {
                continue;
            }
            ReportPeriod p = ReportPeriod.parse(d.period());
            String field = "deadlines[" + i + "].dueDate";
            receivers.stream().flatMap(u -> ownDeadline(u, formId, p).filter(own -> !d.dueDate().isBefore(own))
                            .map(own -> problem(field, u, r.receiverUnitId(), own)).stream())
                    .findFirst().ifPresent(problems::add);
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("error.validation", problems);
        }
    }

    /** The receiver's own deadline for the period, under the regimes above it (none for a body no regime governs). */
    private Optional<java.time.LocalDate> ownDeadline(long receiver, long formId, ReportPeriod p) {
        return levelFor(receiver, units.get(receiver).kind().name(), formId, p).map(l -> l.deadline().dueDate() != null
                ? l.deadline().dueDate()
                : calendar.addWorkingDays(l.regime().cutOffEnd(p), l.deadline().workingDaysAfter(), receiver));
    }

    private FieldProblem problem(String field, long receiver, Long main, java.time.LocalDate own) {
        String day = ReportService.VN_DATE.format(own);
        return main != null && receiver == main ? FieldProblem.of(field, "reporting.regime.deadline.afterReceiver", day)
                : FieldProblem.of(field, "reporting.regime.deadline.afterCoReceiver", day, units.get(receiver).name());
    }

    private void requireManager(long unitId) {
        access.requireVisible(unitId);
        if (!access.isSystemAdmin() && !isManager(unitId)) {
            throw ProblemException.forbidden("reporting.regime.managerOnly");
        }
    }

    private boolean isManager(long unitId) {
        return access.hasRole(unitId, Role.LEADER) || access.hasRole(unitId, Role.SPECIALIST);
    }
}
