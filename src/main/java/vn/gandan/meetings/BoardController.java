package vn.gandan.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.org.UnitService;

/**
 * The board page: a unit's inspection boards (members, term, the conference vote that elected them, plan) with their
 * inspections, findings and recommendations, the head's reply deadline and reply; and the forms to form a board (G6
 * limits shown beside the form, refusals in place), set its plan, record findings and the head's reply.
 */
@Controller
class BoardController {

    /** Member rows of the form (blank rows are skipped): at most the ⚙ maximum of 9. */
    static final int ROWS = 9;

    private final InspectionBoards boards;
    private final MeetingService meetings;
    private final Policy policy;
    private final UnitService units;
    private final FormErrors errors;

    BoardController(InspectionBoards boards, MeetingService meetings, Policy policy, UnitService units, FormErrors errors) {
        this.boards = boards;
        this.meetings = meetings;
        this.policy = policy;
        this.units = units;
        this.errors = errors;
    }

    @GetMapping("/units/{id}/boards")
    String forUnit(@PathVariable long id, Model model) {
        List<BoardView> list = boards.forUnit(id).stream().map(boards::get).toList();
        java.time.LocalDate today = units.today();
        model.addAttribute("unit", units.get(id));
        model.addAttribute("boards", list);
        model.addAttribute("canWrite", canWrite(id));
        model.addAttribute("today", today);
        model.addAttribute("staff", boards.staffOf(id, today));
        model.addAttribute("limits", new int[] {policy.value(Policy.BOARD_MIN_STAFF, today), policy.value(Policy.BOARD_MIN_MEMBERS, today),
                policy.value(Policy.BOARD_MAX_MEMBERS, today), policy.value(Policy.BOARD_TERM_MONTHS, today)});
        model.addAttribute("elections", boards.electionsOf(id).stream().map(meetings::get).toList());
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ROWS).boxed().toList());
        if (!model.containsAttribute("entered")) model.addAttribute("entered", Map.of());
        return "meetings/boards";
    }

    @GetMapping("/boards/{id}")
    String one(@PathVariable long id, Model model) {
        return "redirect:/units/" + boards.get(id).unitId() + "/boards#board-" + id;
    }

    @PostMapping("/units/{id}/boards")
    String create(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        meetings.requireWriter(id);
        return run(id, "board", form, model, () -> {
            List<BoardRules.Member> members = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                String n = form.get("name" + i);
                String p = form.get("position" + i);
                if ((n == null || n.isBlank()) && (p == null || p.isBlank())) continue;
                members.add(new BoardRules.Member(n, p, form.getOrDefault("role" + i, "UY_VIEN")));
            }
            String election = form.get("electionMeetingId");
            return boards.create(new InspectionBoards.NewBoard(id, FormErrors.date(form.get("termFrom"), "termFrom"), members, null,
                    election == null || election.isBlank() ? null : Long.valueOf(election.strip()), form.get("proposedBy"), form.get("workPlan")));
        });
    }

    @PostMapping("/boards/{id}/plan")
    String plan(@PathVariable long id, @RequestParam(required = false) String workPlan, Model model) {
        long unit = boards.get(id).unitId();
        return run(unit, "plan-" + id, Map.of("workPlan", workPlan == null ? "" : workPlan), model, () -> boards.plan(id, workPlan));
    }

    @PostMapping("/boards/{id}/findings")
    String finding(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        long unit = boards.get(id).unitId();
        return run(unit, "finding-" + id, form, model,
                () -> boards.addFinding(id, form.get("kind"), FormErrors.date(form.get("foundOn"), "foundOn"), form.get("content")));
    }

    @PostMapping("/boards/{id}/findings/{findingId}/reply")
    String reply(@PathVariable long id, @PathVariable long findingId, @RequestParam Map<String, String> form, Model model) {
        long unit = boards.get(id).unitId();
        return run(unit, "reply-" + findingId, form, model,
                () -> boards.reply(id, findingId, FormErrors.date(form.get("on"), "reply"), form.get("reply")));
    }

    private String run(long unitId, String formId, Map<String, String> form, Model model, Supplier<Object> change) {
        try {
            change.get();
        } catch (vn.gandan.shared.ProblemException e) {
            Map<String, String> byField = new java.util.LinkedHashMap<>(errors.byField(e));
            byField.put("_form", formId);
            model.addAttribute("errors", byField);
            model.addAttribute("entered", form);
            return forUnit(unitId, model);
        } catch (NumberFormatException e) {
            throw new vn.gandan.shared.NotFoundException("meeting", form.get("electionMeetingId"));
        }
        return "redirect:/units/" + unitId + "/boards";
    }

    private boolean canWrite(long unitId) {
        try {
            meetings.requireWriter(unitId);
            return true;
        } catch (vn.gandan.shared.ProblemException e) {
            return false;
        }
    }
}
