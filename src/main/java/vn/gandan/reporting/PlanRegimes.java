package vn.gandan.reporting;

import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.gandan.calendar.WorkCalendar;
import vn.gandan.org.UnitService;
import vn.gandan.plans.PlanContent;
import vn.gandan.plans.PlanIssued;
import vn.gandan.shared.NotFoundException;

/**
 * An issued plan's "chế độ báo cáo" becomes a regime of its issuer: its direct children's kinds report, on the
 * plan's dates. A regime of the same receiver, form and period types is reused and the plan linked to it.
 */
@Component
class PlanRegimes {

    private static final Logger log = LoggerFactory.getLogger(PlanRegimes.class);

    private final RegimeStore store;
    private final RegimeRules rules;
    private final FormCatalog forms;
    private final UnitService units;
    private final WorkCalendar calendar;
    private final ReportingSettings settings;

    PlanRegimes(RegimeStore store, RegimeRules rules, FormCatalog forms, UnitService units, WorkCalendar calendar,
                ReportingSettings settings) {
        this.store = store;
        this.rules = rules;
        this.forms = forms;
        this.units = units;
        this.calendar = calendar;
        this.settings = settings;
    }

    @ApplicationModuleListener
    void on(PlanIssued e) {
        if (e.reportDeadlines() == null || e.reportDeadlines().stream().noneMatch(d -> type(d) != null)) {
            return;
        }
        FormDef form;
        try {
            form = forms.byCode(settings.planFormCode());
        } catch (NotFoundException missing) {
            log.warn("Plan {} asks for reports but form {} does not exist; no regime created", e.planId(), settings.planFormCode());
            return;
        }
        for (Long issuer : e.issuerUnitIds()) {
            regimeOf(e, issuer, form);
        }
    }

    private void regimeOf(PlanIssued e, long issuer, FormDef form) {
        LocalDate issued = e.issueDate() == null ? units.today() : e.issueDate();
        List<String> kinds = units.children(issuer, issued).stream().map(u -> u.kind().name()).distinct().sorted().toList();
        if (kinds.isEmpty()) {
            log.info("Plan {}: unit {} has no subordinate unit to report to it; no regime", e.planId(), issuer);
            return;
        }
        store.lockReceiver(issuer);
        Set<PeriodType> types = new LinkedHashSet<>();
        e.reportDeadlines().stream().map(PlanRegimes::type).filter(t -> t != null).forEach(types::add);
        long id = store.ofForm(form.id()).stream()
                .filter(r -> Long.valueOf(issuer).equals(r.receiverUnitId()) && types(r).equals(types))
                .map(ReportingRegime::id).findFirst()
                .orElseGet(() -> store.insert(new ReportingRegime(0, name(e), form.code(), form.version(), issuer, kinds,
                        types.stream().map(t -> new ReportingRegime.PeriodRule(t, ReportingRegime.DEFAULT_CUT_OFF_DAY)).toList(),
                        List.of(), LocalDate.of(year(e, issued), 1, 1), null, e.planId(), List.of()), form.id(), null));
        store.linkPlan(id, e.planId());
        List<Long> stated = coReceivers(e, issuer);
        if (stated != null) {
            store.writeCoReceivers(id, stated); // defect 12: as the plan names them; unstated → the regime keeps its own
        }
        kinds.forEach(k -> store.addReporter(id, k));
        ReportingRegime regime = store.find(id).orElseThrow();
        for (PlanContent.ReportDeadline d : e.reportDeadlines()) {
            PeriodType t = type(d);
            if (t != null && d.due() != null) {
                ReportPeriod p = ReportPeriod.parse(t == PeriodType.ONE_OFF ? ReportPeriod.oneOffCode(d.due())
                        : instance(t, year(e, d.due()), d.due()));
                // NĐ 09 §4: a requesting document may set its own cut-off; keep one working day before the plan's date.
                LocalDate ownCutOff = rules.leavesAWorkingDay(regime.cutOffEnd(p), d.due()) ? null
                        : calendar.subtractWorkingDays(d.due(), 1, null);
                kinds.forEach(k -> store.putFixedDeadline(id, k, p.code(), d.due(), ownCutOff, d.channel()));
            }
        }
    }

    /** The co-receivers the plan's deadlines name (each once, the issuer left out); null when no deadline states any. */
    static List<Long> coReceivers(PlanIssued e, long issuer) {
        List<PlanContent.ReportDeadline> stated = e.reportDeadlines().stream()
                .filter(d -> type(d) != null && d.coReceiverUnitIds() != null).toList();
        if (stated.isEmpty()) {
            return null;
        }
        Set<Long> ids = new LinkedHashSet<>();
        stated.forEach(d -> d.coReceiverUnitIds().stream().filter(u -> u != null && u != issuer).forEach(ids::add));
        return List.copyOf(ids);
    }

    /** The period a plan's date is for: the last of that type in the year whose NĐ 09 cut-off has passed, else the first. */
    static String instance(PeriodType type, int year, LocalDate due) {
        List<String> codes = type.codes(year);
        String chosen = codes.get(0);
        for (String code : codes) {
            if (ReportPeriod.parse(code).cutOffEnd().isBefore(due)) {
                chosen = code;
            }
        }
        return chosen;
    }

    private static int year(PlanIssued e, LocalDate fallback) {
        return e.period() != null && "YEAR".equals(e.period().kind()) ? e.period().startYear() : fallback.getYear();
    }

    private static Set<PeriodType> types(ReportingRegime r) {
        Set<PeriodType> s = new LinkedHashSet<>();
        r.periods().forEach(p -> s.add(p.type()));
        return s;
    }

    private static PeriodType type(PlanContent.ReportDeadline d) {
        return switch (d.period() == null ? "" : d.period()) {
            case "QUARTER_1" -> PeriodType.QUARTER_1;
            case "QUARTERLY" -> PeriodType.QUARTERLY;
            case "SIX_MONTH" -> PeriodType.SIX_MONTH;
            case "NINE_MONTH" -> PeriodType.NINE_MONTH;
            case "ANNUAL" -> PeriodType.ANNUAL;
            case "OTHER" -> PeriodType.ONE_OFF; // defect 12: a one-off report on the plan's date is an obligation too
            default -> null;
        };
    }

    private static String name(PlanIssued e) {
        String n = "Chế độ báo cáo theo " + (e.numberSymbol() == null ? "kế hoạch" : e.numberSymbol())
                + (e.title() == null ? "" : ": " + e.title());
        return n.length() > 300 ? n.substring(0, 299) + "…" : n;
    }
}
