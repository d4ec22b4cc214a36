package vn.gandan.emulation;

import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.shared.ProblemException;

/** Pages: the movements, a movement with its models, proposals (consolidation) and decisions; the register. */
@Controller
class MovementController {

    private final Movements movements;
    private final Proposals proposals;
    private final Decisions decisions;
    private final CommendationRegister register;
    private final ModelQueries models;
    private final Actors actors;
    private final AccessService access;
    private final UnitService units;
    private final MessageSource messages;

    MovementController(Movements movements, Proposals proposals, Decisions decisions, CommendationRegister register,
                       ModelQueries models, Actors actors, AccessService access, UnitService units, MessageSource messages) {
        this.movements = movements;
        this.proposals = proposals;
        this.decisions = decisions;
        this.register = register;
        this.models = models;
        this.actors = actors;
        this.access = access;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/emulation/movements")
    String list(Model model) {
        Long unit = access.requireCaller().unitId();
        model.addAttribute("movements", movements.visible());
        model.addAttribute("themes", movements.themes());
        model.addAttribute("unitId", unit);
        model.addAttribute("canLaunch", unit != null && actors.may(unit));
        model.addAttribute("today", actors.today());
        return "emulation/movements";
    }

    @PostMapping("/emulation/movements")
    String launch(@RequestParam Map<String, String> f, Model model) {
        try {
            MovementView m = movements.launch(new Movements.NewMovement(number(f.get("unitId")), f.get("theme"), f.get("name"),
                    f.get("startsOn"), f.get("endsOn"), f.get("proposalsDue"), f.get("description")));
            return "redirect:/emulation/movements/" + m.id();
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) throw e;
            model.addAttribute("errors", PageErrors.of(e, messages));
            model.addAttribute("entered", f);
            return list(model);
        }
    }

    @GetMapping("/emulation/movements/{id}")
    String page(@PathVariable long id, Model model) {
        MovementView m = movements.get(id);
        Long unit = access.requireCaller().unitId();
        List<ProposalView> all = proposals.forMovement(id, null);
        model.addAttribute("mv", m);
        vn.gandan.shared.ListPage.Slice<ModelView> found = movementModels(m);
        model.addAttribute("models", found.rows());
        model.addAttribute("modelsTruncated", found.more());
        model.addAttribute("proposals", all);
        model.addAttribute("decisions", decisions.forMovement(id));
        model.addAttribute("unitId", unit);
        model.addAttribute("canPropose", unit != null && actors.may(unit) && (unit == m.unitId() || units.isWithin(unit, m.unitId(), actors.today())));
        model.addAttribute("actable", all.stream().filter(p -> actors.may(p.atUnitId())).map(ProposalView::id).toList());
        model.addAttribute("decidable", all.stream().filter(p -> "REVIEWED".equals(p.status()) && unit != null && p.atUnitId() == unit && actors.may(unit)).toList());
        model.addAttribute("forms", CommendationForm.values());
        model.addAttribute("today", actors.today());
        return "emulation/movement";
    }

    @PostMapping("/emulation/movements/{id}/proposals")
    String propose(@PathVariable long id, @RequestParam Map<String, String> f, Model model) {
        return attempt(id, f, model, () -> proposals.propose(id, new Proposals.NewProposal(number(f.get("unitId")), f.get("nomineeKind"),
                f.get("nomineeName"), null, f.get("position"), f.get("achievements"), f.get("form"), number(f.get("modelId")), f.get("proposedOn"))));
    }

    @PostMapping("/emulation/proposals/{pid}/{action}")
    String act(@PathVariable long pid, @PathVariable String action, @RequestParam Map<String, String> f, Model model) {
        long movement = proposals.get(pid).movementId();
        return attempt(movement, f, model, () -> proposals.act(pid, action, f.get("on"), f.get("note")));
    }

    @PostMapping("/emulation/movements/{id}/decisions")
    String decide(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> f = form.toSingleValueMap();
        List<Long> ids = form.getOrDefault("proposalIds", List.of()).stream().map(MovementController::number).filter(java.util.Objects::nonNull).toList();
        return attempt(id, f, model, () -> decisions.decide(id, new Decisions.NewDecision(number(f.get("unitId")), f.get("numberSymbol"),
                f.get("signedOn"), f.get("signerName"), f.get("signerTitle"), f.get("authority"), f.get("reason"), ids)));
    }

    @GetMapping("/emulation/commendations")
    String commendations(@RequestParam(required = false) Long unitId, @RequestParam(required = false) String person,
                         @RequestParam(required = false) String year, Model model) {
        Integer y = year != null && year.strip().matches("\\d{4}") ? Integer.valueOf(year.strip()) : null;
        model.addAttribute("entries", register.entries(unitId, person, y));
        model.addAttribute("badYear", year != null && !year.isBlank() && y == null);
        model.addAttribute("unitName", unitId == null ? null : movements.unitName(unitId));
        return "emulation/commendations";
    }

    private String attempt(long movementId, Map<String, String> f, Model model, Runnable action) {
        try {
            action.run();
            return "redirect:/emulation/movements/" + movementId;
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) throw e;
            model.addAttribute("errors", PageErrors.of(e, messages));
            model.addAttribute("entered", f);
            return page(movementId, model);
        }
    }

    /** The Dân vận khéo models of the movement: registered in its subtree during its span (other themes: none). */
    private vn.gandan.shared.ListPage.Slice<ModelView> movementModels(MovementView m) {
        if (!"DAN_VAN_KHEO".equals(m.theme())) return new vn.gandan.shared.ListPage.Slice<>(List.of(), false);
        return models.registeredUnder(m.unitId(), m.startsOn(), m.endsOn(), actors.today(),
                new vn.gandan.shared.ListPage(1, ModelQueries.LIST_CAP));
    }

    private static Long number(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Long.valueOf(s.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
