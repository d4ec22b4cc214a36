package vn.gandan.meetings;

import java.time.Clock;
import java.time.LocalDate;

import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import vn.gandan.org.UnitView;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.ProblemException;
import vn.gandan.web.UnitPages;

/** Pages: a unit's calendar of meetings with its compliance (and its schools'), scheduling form. */
@Controller
class MeetingController {

    private final MeetingService meetings;
    private final MeetingStore store;
    private final Compliance compliance;
    private final UnitPages pages;
    private final MessageSource messages;
    private final FormErrors errors;
    private final Clock clock;

    MeetingController(MeetingService meetings, MeetingStore store, Compliance compliance, UnitPages pages,
                      MessageSource messages, FormErrors errors, Clock clock) {
        this.meetings = meetings;
        this.store = store;
        this.compliance = compliance;
        this.pages = pages;
        this.messages = messages;
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
        return pages.redirectToOwn("meetings");
    }

    @GetMapping("/units/{id}/meetings")
    String calendar(@PathVariable long id, Model model) {
        LocalDate today = LocalDate.now(clock);
        UnitPages.Page page = pages.open(id);
        model.addAttribute("unit", page.unit());
        model.addAttribute("meetings", store.forUnit(id, today.minusYears(2), today.plusYears(1), null));
        model.addAttribute("today", today);
        model.addAttribute("own", compliance.on(id, today));
        List<UnitPages.Light> children = new ArrayList<>();
        for (UnitView u : page.children()) {
            boolean late = compliance.on(u.id(), today).dialogueOverdue();
            children.add(new UnitPages.Light(u.code(), u.name(), "/units/" + u.id() + "/meetings", late ? "RED" : "GREEN",
                    messages.getMessage(late ? "meetings.light.overdue" : "meetings.light.ok", null, LocaleContextHolder.getLocale())));
        }
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
