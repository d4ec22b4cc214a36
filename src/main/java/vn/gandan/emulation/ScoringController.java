package vn.gandan.emulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/** Pages: the ranking of the units under a superior (with a bar chart) and a unit's score sheet (self, superior, final). */
@Controller
class ScoringController {

    private final ScoreReads reads;
    private final ScoringService scoring;
    private final Actors actors;
    private final AccessService access;
    private final UnitService units;
    private final MessageSource messages;

    ScoringController(ScoreReads reads, ScoringService scoring, Actors actors, AccessService access, UnitService units,
                      MessageSource messages) {
        this.reads = reads;
        this.scoring = scoring;
        this.actors = actors;
        this.access = access;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/emulation/ranking")
    String ranking(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer year, Model model) {
        long unit = unitId != null ? unitId : access.requireCaller().unitId() != null ? access.requireCaller().unitId()
                : access.grantRootIds().stream().findFirst().orElseThrow(() -> new NotFoundException("unit", null));
        int y = year != null ? year : actors.today().getYear() - 1;
        model.addAttribute("rows", reads.ranking(unit, y));
        model.addAttribute("unit", units.get(unit));
        model.addAttribute("year", y);
        return "emulation/ranking";
    }

    @GetMapping("/emulation/scoring/{unitId}/{year}")
    String sheet(@PathVariable long unitId, @PathVariable int year, Model model) {
        ScoreSheet s = reads.sheet(unitId, year).orElseThrow(() -> new NotFoundException("criteria", year));
        model.addAttribute("s", s);
        model.addAttribute("canSelf", !s.finalised() && actors.may(unitId));
        model.addAttribute("canSuperior", !s.finalised() && units.parentId(unitId, units.today()).map(actors::may).orElse(false));
        return "emulation/sheet";
    }

    @PostMapping("/emulation/scoring/{unitId}/{year}/{who}")
    String save(@PathVariable long unitId, @PathVariable int year, @PathVariable String who,
                @RequestParam Map<String, String> form, Model model) {
        ScoreSheet s = reads.sheet(unitId, year).orElseThrow(() -> new NotFoundException("criteria", year));
        List<ScoreInput.Line> lines = new ArrayList<>();
        Map<String, String> badNumber = new HashMap<>();
        for (ScoreSheet.Row r : s.rows()) {
            String p = form.get("p_" + r.code());
            if (!r.leaf() || p == null || p.isBlank()) continue;
            BigDecimal points;
            try {
                points = new BigDecimal(p.strip().replace(',', '.'));
            } catch (NumberFormatException e) {
                points = BigDecimal.valueOf(-1);
            }
            lines.add(new ScoreInput.Line(r.code(), null, points, form.get("c_" + r.code()), form.get("e_" + r.code()), null));
        }
        try {
            switch (who) {
                case "self" -> scoring.saveSelf(unitId, year, new ScoreInput(lines));
                case "superior" -> scoring.saveSuperior(unitId, year, new ScoreInput(lines));
                case "finalise" -> scoring.finalise(unitId, year, new ScoreInput(lines));
                default -> throw new NotFoundException("score", who);
            }
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) throw e;
            Map<String, String> errors = new HashMap<>(badNumber);
            for (FieldProblem fp : e.fieldProblems()) {
                int i = fp.field().startsWith("lines[") ? Integer.parseInt(fp.field().substring(6, fp.field().indexOf(']'))) : -1;
                String key = i >= 0 && i < lines.size() ? lines.get(i).code() : fp.field();
                errors.putIfAbsent(key, messages.getMessage(fp.messageKey(), fp.args(), LocaleContextHolder.getLocale()));
            }
            errors.put("form", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            model.addAttribute("errors", errors);
            model.addAttribute("entered", form);
            model.addAttribute("who", who);
            return sheet(unitId, year, model);
        }
        return "redirect:/emulation/scoring/" + unitId + "/" + year;
    }
}
