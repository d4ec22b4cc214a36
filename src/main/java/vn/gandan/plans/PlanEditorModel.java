package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.gandan.org.RelationKind;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;

/** What the plan editor offers: issuers, task units and groups, partners for a joint plan, bases, kinds and periods. */
@Component
class PlanEditorModel {

    private final PlanQueries queries;
    private final UnitService units;

    private final CoReceiverNames coReceivers;

    PlanEditorModel(PlanQueries queries, UnitService units, CoReceiverNames coReceivers) {
        this.coReceivers = coReceivers;
        this.queries = queries;
        this.units = units;
    }

    /** Fills the editor's model and names its template. */
    String fill(PlanForm form, PlanView existing, Map<String, String> errors, String anchor, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("anchor", anchor);
        List<UnitView> mine = new ArrayList<>(queries.callerUnits(true));
        if (form.getIssuerUnitId() != null && mine.stream().noneMatch(u -> u.id().equals(form.getIssuerUnitId()))) {
            units.find(form.getIssuerUnitId()).ifPresent(mine::add);
        }
        model.addAttribute("issuerUnits", mine);
        model.addAttribute("coReceiverChoices", coReceivers.choices(form.getIssuerUnitId()));
        LocalDate today = units.today();
        List<UnitView> taskUnits = new ArrayList<>();
        List<UnitView> partners = new ArrayList<>();
        if (form.getIssuerUnitId() != null) {
            units.find(form.getIssuerUnitId()).ifPresent(taskUnits::add);
            taskUnits.addAll(units.children(form.getIssuerUnitId(), today));
            units.details(form.getIssuerUnitId()).relations().stream()
                    .filter(r -> r.kind() == RelationKind.PHOI_HOP)
                    .forEach(r -> units.find(r.otherId()).ifPresent(partners::add));
        }
        form.getCoIssuerUnitIds().stream().filter(x -> x != null && partners.stream().noneMatch(u -> u.id().equals(x)))
                .forEach(x -> units.find(x).ifPresent(partners::add));
        model.addAttribute("taskUnits", taskUnits);
        model.addAttribute("taskGroups", TaskGroups.options(TaskGroups.of(units, form.getIssuerUnitId(), today)));
        model.addAttribute("partners", partners);
        int year;
        try {
            year = Integer.parseInt(form.getPeriodValue() == null ? "" : form.getPeriodValue().substring(0, 4));
        } catch (RuntimeException e) {
            year = today.getYear();
        }
        List<PlanQueries.PlanSummary> candidates = queries.summaries(queries.listIds(null, year, "ISSUED", null, null, 100)).stream()
                .filter(pv -> existing == null || pv.id() != existing.id())
                .filter(pv -> baseCandidate(pv, form, today))
                .toList();
        model.addAttribute("baseCandidates", candidates);
        model.addAttribute("kinds", PlanKind.values());
        model.addAttribute("recurrences", List.of("ONCE", "MONTHLY", "QUARTERLY", "SEMI_ANNUAL", "ANNUAL", "CONTINUOUS"));
        model.addAttribute("reportPeriods", List.of("QUARTER_1", "QUARTERLY", "SIX_MONTH", "NINE_MONTH", "ANNUAL", "OTHER"));
        return "plans/edit";
    }

    /**
     * Defect 8: a plan may rest on the issuer's own issued plans (the Phòng's yearly plan under a thematic one) and on
     * plans from above, never on the plans of the units below it (those implement it).
     */
    private boolean baseCandidate(PlanQueries.PlanSummary pv, PlanForm form, LocalDate today) {
        Long issuer = form.getIssuerUnitId();
        return issuer == null || form.getBasePlanIds().contains(pv.id()) || pv.issuerUnitId() == issuer
                || !units.isWithin(pv.issuerUnitId(), issuer, today);
    }

}
