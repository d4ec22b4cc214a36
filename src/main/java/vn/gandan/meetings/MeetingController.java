package vn.gandan.meetings;

import java.time.Clock;
import java.time.LocalDate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;

/** Pages: a unit's calendar of meetings with its compliance (and its schools'), scheduling form. */
@Controller
class MeetingController {

    private final MeetingService meetings;
    private final MeetingStore store;
    private final Compliance compliance;
    private final UnitService units;
    private final AccessService access;
    private final FormErrors errors;
    private final Clock clock;

    MeetingController(MeetingService meetings, MeetingStore store, Compliance compliance, UnitService units,
                      AccessService access, FormErrors errors, Clock clock) {
        this.meetings = meetings;
        this.store = store;
        this.compliance = compliance;
        this.units = units;
        this.access = access;
        this.errors = errors;
        this.clock = clock;
    }

    @Bean
    static NavItem meetingsNav() {
        return new NavItem("nav.meetings", "/meetings", 30, "people", null).inGroup(NavItem.DAN_VAN);
    }

    /** Form fields of "schedule a meeting". */
    record ScheduleForm(String kind, String heldOn, String startsAt, String title, String place, String chair) {
    }

    @GetMapping("/meetings")
    String mine() {
        Caller c = access.requireCaller();
        Long unit = c.unitId() != null ? c.unitId() : access.grantRootIds().stream().findFirst().orElse(null);
        return unit == null ? "redirect:/units" : "redirect:/units/" + unit + "/meetings";
    }

    @GetMapping("/units/{id}/meetings")
    String calendar(@PathVariable long id, Model model) {
        LocalDate today = LocalDate.now(clock);
        UnitView unit = units.get(id);
        model.addAttribute("unit", unit);
        model.addAttribute("meetings", store.forUnit(id, today.minusYears(2), today.plusYears(1), null));
        model.addAttribute("today", today);
        model.addAttribute("own", compliance.on(id, today));
        Map<UnitView, Compliance.View> children = new LinkedHashMap<>();
        units.children(id, today).stream().filter(u -> access.canSee(u.id()))
                .forEach(u -> children.put(u, compliance.on(u.id(), today)));
        model.addAttribute("children", children);
        model.addAttribute("kinds", MeetingKind.values());
        if (!model.containsAttribute("form")) model.addAttribute("form", new ScheduleForm("DOI_THOAI", today.toString(), "", "", "", ""));
        return "meetings/calendar";
    }

    @PostMapping("/units/{id}/meetings")
    String schedule(@PathVariable long id, @ModelAttribute ScheduleForm form, Model model) {
        try {
            LocalDate heldOn = FormErrors.date(form.heldOn(), "heldOn");
            MeetingView m = meetings.create(new MeetingCommands.NewMeeting(id, form.kind(), heldOn, form.title(), form.place(),
                    form.startsAt(), form.chair(), false));
            return "redirect:/meetings/" + m.id();
        } catch (ProblemException e) {
            model.addAttribute("errors", errors.byField(e));
            model.addAttribute("form", form);
            return calendar(id, model);
        }
    }

}
