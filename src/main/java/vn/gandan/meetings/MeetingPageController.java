package vn.gandan.meetings;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.disclosure.DisclosureService;
import vn.gandan.meetings.MeetingCommands.FollowUp;
import vn.gandan.meetings.MeetingCommands.OpinionInput;
import vn.gandan.org.PeopleService;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.ProblemException;

/** The meeting page: agenda → attendance → minutes (opinions, answers, commitments) → commitments' progress. */
@Controller
class MeetingPageController {

    /** Opinion rows of the minutes form; blank rows are skipped. */
    static final int ROWS = 3;

    private final MeetingService meetings;
    private final Minutes minutes;
    private final UnitService units;
    private final AccessService access;
    private final FormErrors errors;
    private final MeetingStore store;
    private final Attendance attendance;
    private final PeopleService people;
    private final DisclosureService disclosures;

    MeetingPageController(MeetingService meetings, Minutes minutes, UnitService units, AccessService access, FormErrors errors,
                          MeetingStore store, Attendance attendance, PeopleService people, DisclosureService disclosures) {
        this.disclosures = disclosures;
        this.meetings = meetings;
        this.store = store;
        this.attendance = attendance;
        this.people = people;
        this.minutes = minutes;
        this.units = units;
        this.access = access;
        this.errors = errors;
    }

    @GetMapping("/meetings/{id}")
    String page(@PathVariable long id, Model model) {
        MeetingView m = meetings.get(id);
        UnitView unit = units.get(m.unitId());
        Set<Long> ids = new LinkedHashSet<>();
        m.opinions().stream().filter(o -> o.leadUnitId() != null).forEach(o -> ids.add(o.leadUnitId()));
        Map<Long, String> names = new HashMap<>();
        units.findAll(ids).forEach(u -> names.put(u.id(), u.name()));
        List<UnitView> leads = new ArrayList<>(List.of(unit));
        List<UnitView> children = units.children(unit.id(), units.today());
        Set<Long> visible = access.visibleChildren(unit.id(), children.stream().map(UnitView::id).toList());
        children.stream().filter(u -> visible.contains(u.id())).forEach(leads::add);
        model.addAttribute("m", m);
        model.addAttribute("unit", unit);
        model.addAttribute("names", names);
        model.addAttribute("leads", leads);
        model.addAttribute("rows", java.util.stream.IntStream.range(0, ROWS).boxed().toList());
        model.addAttribute("canWrite", canWrite(m.unitId()));
        Set<Long> invited = new java.util.HashSet<>();
        m.participants().forEach(p -> { if (p.personId() != null) invited.add(p.personId()); });
        model.addAttribute("staff", people.inUnit(unit.id()).stream().filter(p -> p.validTo() == null && !invited.contains(p.id())).toList());
        model.addAttribute("delegateMode", attendance.delegateMode(store.head(id)));
        model.addAttribute("resolutionDisclosure", m.kind() == MeetingKind.HOI_NGHI_CBCCVC
                ? disclosures.byEvidence(m.unitId(), "/meetings/" + id + "/resolution.pdf").orElse(null) : null);
        if (!model.containsAttribute("entered")) model.addAttribute("entered", Map.of());
        return "meetings/meeting";
    }

    @PostMapping("/meetings/{id}/minutes")
    String record(@PathVariable long id, @RequestParam Map<String, String> form, Model model) {
        try {
            List<OpinionInput> opinions = new ArrayList<>();
            for (int i = 0; i < ROWS; i++) {
                OpinionInput o = row(form, i, opinions.size());
                if (o != null) opinions.add(o);
            }
            minutes.record(id, new MeetingCommands.Minutes(form.get("minutes"), number(form.get("invited"), "invited"),
                    number(form.get("present"), "present"), opinions));
        } catch (ProblemException e) {
            model.addAttribute("errors", errors.byField(e));
            model.addAttribute("entered", form);
            return page(id, model);
        }
        return "redirect:/meetings/" + id;
    }

    /** Row i of the form, or null when all its fields are blank. */
    private static OpinionInput row(Map<String, String> f, int i, int index) {
        String content = f.get("content" + i);
        String answer = f.get("answer" + i);
        String title = f.get("followTitle" + i);
        String due = f.get("followDue" + i);
        if (blank(content) && blank(answer) && blank(title) && blank(due)) return null;
        FollowUp fu = blank(title) && blank(due) ? null : new FollowUp(title, number(f.get("followLead" + i),
                "opinions[" + index + "].followUp.leadUnitId") == null ? null : Long.valueOf(f.get("followLead" + i).strip()),
                FormErrors.date(due, "opinions[" + index + "].followUp.due"));
        return new OpinionInput(content, f.get("raisedBy" + i), answer, fu);
    }

    @PostMapping("/meetings/{id}/share")
    String share(@PathVariable long id) {
        minutes.share(id);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/publish")
    String publish(@PathVariable long id) {
        minutes.publish(id);
        return "redirect:/meetings/" + id;
    }

    @PostMapping("/meetings/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String body, Model model) {
        try {
            minutes.comment(id, body);
        } catch (ProblemException e) {
            model.addAttribute("errors", errors.byField(e));
            model.addAttribute("entered", Map.of("body", body == null ? "" : body));
            return page(id, model);
        }
        return "redirect:/meetings/" + id;
    }

    private boolean canWrite(long unitId) {
        try {
            meetings.requireWriter(unitId);
            return true;
        } catch (ProblemException e) {
            return false;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static Integer number(String s, String field) {
        if (blank(s)) return null;
        try {
            return Integer.valueOf(s.strip());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid("meetings.error.invalid",
                    List.of(vn.gandan.shared.FieldProblem.of(field, "meetings.error.number")));
        }
    }
}
