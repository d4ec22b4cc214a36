package vn.gandan.emulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.gandan.access.AccessService;
import vn.gandan.access.Role;

/**
 * The model of the evaluation page ({@code /emulation/evaluations/{id}}): the self-assessment per criterion (the lines
 * saved, or the ⚙ set in force before the person has scored), the bands, and which forms the caller gets — the
 * self-assessment for the person before the head rates, the rating for the head.
 */
@Component
class EvaluationPage {

    private final EvaluationService evaluations;
    private final EvalSettings settings;
    private final EvalCriteria criteria;
    private final AccessService access;
    private final Actors actors;
    private final EvaluationReaders readers;

    EvaluationPage(EvaluationService evaluations, EvalSettings settings, EvalCriteria criteria, AccessService access,
                   Actors actors, EvaluationReaders readers) {
        this.readers = readers;
        this.evaluations = evaluations;
        this.settings = settings;
        this.criteria = criteria;
        this.access = access;
        this.actors = actors;
    }

    String fill(long id, Model model) {
        EvaluationView e = evaluations.get(id);
        EvaluationPeriod p = EvaluationPeriod.parse(e.period());
        model.addAttribute("e", e);
        model.addAttribute("unitName", actors.unitName(e.unitId()));
        model.addAttribute("rule", settings.on(p.to()).map(EvaluationQuotas::rule).orElse(null));
        Map<String, String> bands = new HashMap<>();
        evaluations.bands(p.to()).forEach((l, min) -> bands.put(l.name(), min.stripTrailingZeros().toPlainString()));
        model.addAttribute("bands", bands);
        model.addAttribute("levels", StaffLevel.values());
        model.addAttribute("lines", lines(e, p));
        model.addAttribute("canRate", access.hasRole(e.unitId(), Role.LEADER));
        model.addAttribute("canSelf", e.level() == null && readers.isThePerson(e));
        if (!model.containsAttribute("entered")) model.addAttribute("entered", Map.of());
        return "emulation/evaluation";
    }

    /** The saved self-assessment lines, or the criteria in force without points yet. */
    private List<EvaluationView.SelfLine> lines(EvaluationView e, EvaluationPeriod p) {
        if (!e.lines().isEmpty()) return e.lines();
        return criteria.inForce(e.unitId(), p.to()).map(s -> s.criteria().stream()
                .map(c -> new EvaluationView.SelfLine(c.code(), c.part(), c.text(), c.maxPoints(), null, null)).toList())
                .orElse(List.of());
    }
}
