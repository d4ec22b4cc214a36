package vn.gandan.calendar;

import java.time.LocalDate;
import org.springframework.context.annotation.Bean;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.shared.NavItem;

/** The holiday calendar of a year for everyone; editing for the system administrator. */
@Controller
class CalendarController {

    private final WorkCalendar calendar;
    private final CalendarAdmin admin;
    private final AccessService access;
    private final java.time.Clock clock;

    CalendarController(WorkCalendar calendar, CalendarAdmin admin, AccessService access, java.time.Clock clock) {
        this.calendar = calendar;
        this.admin = admin;
        this.access = access;
        this.clock = clock;
    }

    @Bean
    static NavItem calendarNav() {
        return new NavItem("nav.calendar", "/calendar", 70, "calendar", null);
    }

    @GetMapping("/calendar")
    String year(@RequestParam(required = false) Integer year, Model model) {
        int y = year == null ? LocalDate.now(clock).getYear() : Math.max(1900, Math.min(2199, year));
        model.addAttribute("year", y);
        model.addAttribute("days", calendar.holidays(y));
        model.addAttribute("official", calendar.isOfficial(y));
        model.addAttribute("canEdit", access.isSystemAdmin());
        model.addAttribute("kinds", DayKind.values());
        return "calendar/year";
    }

    @PostMapping("/calendar/confirm")
    String confirm(@RequestParam int year, @RequestParam(required = false) String source) {
        admin.confirmYear(year, source);
        return "redirect:/calendar?year=" + year;
    }

    @PostMapping("/calendar/days")
    String setDay(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day,
                  @RequestParam DayKind kind, @RequestParam String name) {
        admin.setDay(day, kind, name);
        return "redirect:/calendar?year=" + day.getYear();
    }

    @PostMapping("/calendar/days/delete")
    String delete(@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate day) {
        admin.removeDay(day);
        return "redirect:/calendar?year=" + day.getYear();
    }
}
