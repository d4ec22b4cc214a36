package vn.gandan.emulation;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.shared.ProblemException;

/**
 * The person's own self-assessment form ({@code POST /emulation/evaluations/{id}/self}): points per criterion
 * ({@code points.CODE}) with evidence ({@code evidence.CODE}); a refusal answers 422 with the messages in place.
 */
@Controller
class SelfAssessmentController {

    private final EvaluationService evaluations;
    private final EvaluationPage page;
    private final MessageSource messages;

    SelfAssessmentController(EvaluationService evaluations, EvaluationPage page, MessageSource messages) {
        this.evaluations = evaluations;
        this.page = page;
        this.messages = messages;
    }

    @PostMapping("/emulation/evaluations/{id}/self")
    String save(@PathVariable long id, @RequestParam MultiValueMap<String, String> form, Model model,
                HttpServletResponse response) {
        Map<String, String> f = form.toSingleValueMap();
        Map<String, BigDecimal> points = new HashMap<>();
        Map<String, String> evidence = new HashMap<>();
        f.forEach((k, v) -> {
            if (k.startsWith("points.")) points.put(k.substring(7), number(v));
            if (k.startsWith("evidence.")) evidence.put(k.substring(9), v);
        });
        try {
            evaluations.saveSelf(id, new SelfAssessment.Input(f.get("selfText"), f.get("selfLevel"), points, evidence));
            return "redirect:/emulation/evaluations/" + id;
        } catch (ProblemException e) {
            if (e.status() == 404 || e.status() == 403) throw e;
            response.setStatus(e.status());
            model.addAttribute("selfErrors", PageErrors.of(e, messages));
            model.addAttribute("entered", f);
            return page.fill(id, model);
        }
    }

    private static BigDecimal number(String s) {
        try {
            return s == null || s.isBlank() ? null : new BigDecimal(s.strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            return BigDecimal.valueOf(-1);
        }
    }
}
