package vn.gandan.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;

/**
 * The entry forms of the meeting page for what the staff conference needs: invitees by name and attendance, agenda
 * items, votes (G3), consultation records then the head's approval (G4), the resolution (G5). Refusals are shown in
 * the form that caused them, with the typed input kept.
 */
@Controller
class ConferencePageController {

    private final MeetingService meetings;
    private final Conferences conferences;
    private final Attendance attendance;
    private final MeetingPageController page;
    private final FormErrors errors;

    ConferencePageController(MeetingService meetings, Conferences conferences, Attendance attendance,
                             MeetingPageController page, FormErrors errors) {
        this.meetings = meetings;
        this.conferences = conferences;
        this.attendance = attendance;
        this.page = page;
        this.errors = errors;
    }

    @PostMapping("/meetings/{id}/invitees")
    String invite(@PathVariable long id, @RequestParam Map<String, String> form,
                  @RequestParam(name = "personIds", required = false) List<Long> personIds, Model model) {
        List<MeetingCommands.Guest> guests = blank(form.get("guestName")) ? List.of()
                : List.of(new MeetingCommands.Guest(form.get("guestName"), form.get("guestPosition")));
        return run(id, "invitees", form, model, () -> attendance.invite(id, new MeetingCommands.Invitees(
                "on".equals(form.get("allStaff")), personIds, guests, form.get("electedBy"))));
    }

    @PostMapping("/meetings/{id}/attendance")
    String attendance(@PathVariable long id, @RequestParam(name = "present", required = false) List<Long> present, Model model) {
        return run(id, "attendance", Map.of(), model, () -> attendance.record(id, new MeetingCommands.Attendance(present)));
    }

    @PostMapping("/meetings/{id}/items")
    String item(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        return run(id, "item", form, model, () -> {
            meetings.writable(id);
            return conferences.addItem(id, form.get("kind"), form.get("title"));
        });
    }

    @PostMapping("/meetings/{id}/items/{itemId}/vote")
    String vote(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> form, Model model) {
        return run(id, "vote-" + itemId, form, model, () -> {
            meetings.writable(id);
            conferences.vote(id, itemId, number(form, "eligible"), number(form, "present"), number(form, "votesFor"),
                    number(form, "votesAgainst"), number(form, "abstentions"));
            return null;
        });
    }

    @PostMapping("/meetings/{id}/items/{itemId}/consultation")
    String consultation(@PathVariable long id, @PathVariable long itemId, @RequestParam Map<String, String> form, Model model) {
        return run(id, "consult-" + itemId, form, model, () -> {
            meetings.writable(id);
            conferences.consult(id, itemId, form.get("form"), FormErrors.date(form.get("on"), "on"), form.get("summary"));
            return null;
        });
    }

    @PostMapping("/meetings/{id}/items/{itemId}/approve")
    String approve(@PathVariable long id, @PathVariable long itemId, Model model) {
        return run(id, "approve-" + itemId, Map.of(), model, () -> {
            meetings.writable(id);
            conferences.approve(id, itemId, meetings.username());
            return null;
        });
    }

    @PostMapping("/meetings/{id}/resolution")
    String resolution(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        return run(id, "resolution", form, model, () -> {
            meetings.writable(id);
            conferences.resolution(id, form.get("resolution"), form.get("disclosureRef"));
            return null;
        });
    }

    /** Runs the change; on field errors shows the meeting page again with them beside the form {@code formId}. */
    private String run(long id, String formId, Map<String, String> form, Model model, Supplier<Object> change) {
        try {
            change.get();
        } catch (ProblemException e) {
            Map<String, String> byField = new java.util.LinkedHashMap<>(errors.byField(e));
            byField.put("_form", formId);
            model.addAttribute("errors", byField);
            model.addAttribute("entered", form);
            return page.page(id, model);
        }
        return "redirect:/meetings/" + id + "#" + formId.replaceAll("-\\d+$", "");
    }

    private static Integer number(Map<String, String> form, String field) {
        String s = form.get(field);
        if (blank(s)) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            List<FieldProblem> p = new ArrayList<>();
            p.add(FieldProblem.of(field, "meetings.error.number"));
            throw ProblemException.invalid("meetings.error.invalid", p);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
