package vn.gandan.emulation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** Pages: the caller's models, registering one, a model with its timeline and the form of its next step. */
@Controller
class ModelController {

    private final ModelQueries queries;
    private final ModelRegistry registry;
    private final ModelSteps steps;
    private final ModelEvaluation evaluation;
    private final Actors actors;
    private final AccessService access;
    private final MessageSource messages;
    private final ModelFiles files;

    ModelController(ModelQueries queries, ModelRegistry registry, ModelSteps steps, ModelEvaluation evaluation,
                    Actors actors, AccessService access, MessageSource messages, ModelFiles files) {
        this.files = files;
        this.queries = queries;
        this.registry = registry;
        this.steps = steps;
        this.evaluation = evaluation;
        this.actors = actors;
        this.access = access;
        this.messages = messages;
    }

    @Bean
    static NavItem emulationNav() {
        return new NavItem("nav.emulation", "/emulation", 60, "award", null).inGroup(NavItem.DAN_VAN);
    }

    @GetMapping("/emulation")
    String list(Model model) {
        vn.gandan.shared.ListPage.Slice<ModelView> models = queries.visible(new vn.gandan.shared.ListPage(1, ModelQueries.LIST_CAP));
        model.addAttribute("models", models.rows());
        model.addAttribute("truncated", models.more());
        model.addAttribute("unitId", access.requireCaller().unitId());
        java.time.LocalDate t = actors.today();
        int start = t.getMonthValue() >= 9 ? t.getYear() : t.getYear() - 1;
        model.addAttribute("schoolYear", start + "-" + (start + 1));
        return "emulation/list";
    }

    @GetMapping("/emulation/models/new")
    String form(@RequestParam(required = false) Long unitId, Model model) {
        model.addAttribute("entered", Map.of("unitId", String.valueOf(unitId != null ? unitId : access.requireCaller().unitId()),
                "registeredOn", actors.today().toString()));
        return newPage(model);
    }

    @PostMapping("/emulation/models")
    String register(@RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> f = form.toSingleValueMap();
        Map<String, Object> reg = new HashMap<>();
        Registration.FIELDS.stream().skip(1).forEach(k -> reg.put(k, f.get(k)));
        try {
            Long unit = f.get("unitId") == null || f.get("unitId").isBlank() ? null : Long.valueOf(f.get("unitId").strip());
            ModelView v = registry.register(new NewModel(unit, f.get("field"), f.get("name"), f.get("registeredOn"), reg, null,
                    f.get("kind"), f.get("holderKind"), f.get("holderName"), "on".equals(f.get("partyMember")), f.get("place")));
            return "redirect:/emulation/models/" + v.id();
        } catch (ProblemException e) {
            model.addAttribute("errors", errors(e));
            model.addAttribute("entered", f);
            return newPage(model);
        }
    }

    @GetMapping("/emulation/models/{id}")
    String page(@PathVariable long id, Model model) {
        ModelView m = queries.get(id);
        model.addAttribute("m", m);
        model.addAttribute("canAct", actors.may(m.unitId()));
        model.addAttribute("canJudge", actors.may(m.registeredWithUnitId()));
        model.addAttribute("standards", evaluation.standards(m.kind(), actors.today()));
        model.addAttribute("fields", m.registration().asMap());
        model.addAttribute("today", actors.today());
        model.addAttribute("files", files.list(id));
        return "emulation/model";
    }

    @PostMapping("/emulation/models/{id}/steps/{step}")
    String step(@PathVariable long id, @PathVariable String step, @RequestParam MultiValueMap<String, String> form, Model model) {
        Map<String, String> f = form.toSingleValueMap();
        List<StepBody.Check> std = form.getOrDefault("standard", List.of()).stream()
                .map(code -> new StepBody.Check(null, code, true, null)).toList();
        List<StepBody.Check> own = f.get("criterion") == null || f.get("criterion").isBlank() ? List.of()
                : List.of(new StepBody.Check(f.get("criterion"), null, "on".equals(f.get("criterionMet")), null));
        Long unit = f.get("unitId") == null || f.get("unitId").isBlank() ? null : Long.valueOf(f.get("unitId").strip());
        StepBody b = new StepBody(f.get("on"), null, f.get("content"), f.get("evidenceUrl"), own, std,
                f.containsKey("failed") ? Boolean.FALSE : null, f.get("award"), f.get("level"), f.get("decision"), unit);
        try {
            steps.apply(id, step, b);
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) throw e;
            model.addAttribute("errors", errors(e));
            model.addAttribute("entered", f);
            return page(id, model);
        }
        return "redirect:/emulation/models/" + id;
    }

    @PostMapping("/emulation/models/{id}/files")
    String upload(@PathVariable long id, @RequestParam(value = "file", required = false) org.springframework.web.multipart.MultipartFile file,
                  @RequestParam(required = false) String caption, Model model) throws java.io.IOException {
        try {
            files.add(id, file == null ? null : file.getOriginalFilename(), file == null ? new byte[0] : file.getBytes(), caption);
            return "redirect:/emulation/models/" + id;
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) throw e;
            model.addAttribute("fileError", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            model.addAttribute("caption", caption);
            return page(id, model);
        }
    }

    private String newPage(Model model) {
        model.addAttribute("fieldsList", Field.values());
        model.addAttribute("regFields", Registration.FIELDS.subList(1, Registration.FIELDS.size()));
        return "emulation/new";
    }

    /** One Vietnamese message per invalid field, and the general message under "form". */
    private Map<String, String> errors(ProblemException e) {
        Map<String, String> out = new HashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            out.putIfAbsent(p.field().replace("registration.", ""), messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale()));
        }
        out.put("form", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
        return out;
    }
}
