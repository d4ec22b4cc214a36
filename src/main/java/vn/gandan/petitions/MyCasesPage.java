package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;

/** "Việc của tôi": the cases assigned to the signed-in handler, overdue first, then due this week, then by deadline. */
@Controller
class MyCasesPage {

    private final PetitionReads reads;
    private final AccessService access;
    private final Clock clock;

    MyCasesPage(PetitionReads reads, AccessService access, Clock clock) {
        this.reads = reads;
        this.access = access;
        this.clock = clock;
    }

    /** An open case of mine with the deadline it waits for now. */
    record Mine(PetitionView p, LocalDate due) {
    }

    @GetMapping("/petitions/mine")
    String mine(Model model) {
        LocalDate today = LocalDate.now(clock);
        String me = access.caller().map(Caller::username).orElse("");
        List<Mine> open = reads.assignedTo(me).stream()
                .map(p -> new Mine(p, CaseDue.current(p)))
                .sorted(Comparator.comparing(Mine::due, Comparator.nullsLast(Comparator.naturalOrder())).thenComparing(m -> m.p().registerNo())).toList();
        java.util.Map<String, List<Mine>> groups = new java.util.LinkedHashMap<>();
        groups.put("overdue", open.stream().filter(m -> CaseDue.overdue(m.p(), today)).toList());
        groups.put("thisWeek", open.stream().filter(m -> CaseDue.dueSoon(m.p(), today)).toList());
        groups.put("later", open.stream().filter(m -> !CaseDue.overdue(m.p(), today) && !CaseDue.dueSoon(m.p(), today)).toList());
        model.addAttribute("groups", groups);
        model.addAttribute("today", today);
        return "petitions/mine";
    }
}
