package vn.gandan.tasks;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.gandan.access.AccessService;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.ProblemException;

/** Pages: "Việc của đơn vị" (a unit's tasks, overdue first) and the task page with its forms. */
@Controller
class TaskController {

    private final TaskQueries queries;
    private final TaskWork work;
    private final Evidence evidence;
    private final AccessService access;
    private final UnitService units;
    private final MessageSource messages;

    TaskController(TaskQueries queries, TaskWork work, Evidence evidence, AccessService access, UnitService units,
                   MessageSource messages) {
        this.queries = queries;
        this.work = work;
        this.evidence = evidence;
        this.access = access;
        this.units = units;
        this.messages = messages;
    }

    @Bean
    static NavItem workNav() {
        return new NavItem("nav.work", "/work", 15, "list-check", null);
    }

    /**
     * The caller's own unit's page (or the first unit granted) in its default view (open tasks, no horizon), served
     * here: it answered a redirect to {@code /units/{id}/work} before, a second round trip on every visit (issue 14).
     * The page is the one that address shows, byte for byte — its filter form and links name {@code /units/{id}/work},
     * so filtering works without JavaScript as before, and the menu marks the same entry — and parameters of
     * {@code /work} are ignored as the redirect ignored them. A caller with no unit is still sent to the units.
     */
    @Transactional(readOnly = true)
    @GetMapping("/work")
    String myWork(java.util.Locale locale, Model model) {
        Caller c = access.requireCaller();
        Long unit = c.unitId() != null ? c.unitId() : access.grantRootIds().stream().findFirst().orElse(null);
        if (unit == null) {
            return "redirect:/units";
        }
        model.addAttribute("currentPath", "/units/" + unit + "/work");
        return unitWork(unit, "OPEN", null, locale, model);
    }

    @Transactional(readOnly = true)
    @GetMapping("/units/{id}/work")
    String unitWork(@PathVariable long id, @RequestParam(defaultValue = "OPEN") String status,
                    @RequestParam(required = false) Integer within, java.util.Locale locale, Model model) {
        String s = TaskQueries.FILTERS.contains(status) ? status : "OPEN";
        Integer w = within == null || within < 0 ? null : Math.min(within, 3650);
        ListPage.Slice<TaskView> listed = queries.forUnit(id, s, w, new ListPage(1, TaskQueries.MAX_ROWS));
        List<TaskView> tasks = listed.rows();
        model.addAttribute("unit", units.get(id));
        Map<Long, String> names = names(tasks.stream().map(TaskView::leadUnitId).toList());
        WorkRow.Builder rows = new WorkRow.Builder(messages, locale, id, names);
        model.addAttribute("tasks", tasks.stream().map(rows::row).toList());
        model.addAttribute("status", s);
        model.addAttribute("within", w);
        model.addAttribute("filters", List.of("OPEN", "NOT_STARTED", "IN_PROGRESS", "DONE", "CLOSED", "ALL"));
        model.addAttribute("names", names);
        model.addAttribute("today", queries.today());
        model.addAttribute("truncated", listed.more());
        return "tasks/work";
    }

    @GetMapping("/tasks/{id}")
    String task(@PathVariable long id, Model model) {
        TaskDetails d = queries.details(id);
        Set<Long> ids = new LinkedHashSet<>(d.task().assigneeUnitIds());
        ids.add(d.task().leadUnitId());
        ids.add(d.plan().issuerUnitId());
        model.addAttribute("d", d);
        model.addAttribute("t", d.task());
        model.addAttribute("names", names(ids));
        // defect 8: a coordinating unit may not open the lead unit's list; it goes back to its own
        model.addAttribute("leadOpens", access.canSee(d.task().leadUnitId()));
        return "tasks/task";
    }

    @PostMapping("/tasks/{id}/updates")
    String report(@PathVariable long id, @RequestParam(required = false) String progress,
                  @RequestParam(required = false) String note, @RequestParam(required = false) String link, Model model) {
        try {
            work.report(id, parsePercent(progress), note, link);
        } catch (ProblemException e) {
            return redisplay(id, e, Map.of("progress", progress == null ? "" : progress, "note", note == null ? "" : note,
                    "link", link == null ? "" : link), model);
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/occurrences/{occurrenceId}/done")
    String done(@PathVariable long id, @PathVariable long occurrenceId) {
        work.markDone(id, occurrenceId);
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/comments")
    String comment(@PathVariable long id, @RequestParam(required = false) String body, Model model) {
        try {
            work.comment(id, body);
        } catch (ProblemException e) {
            return redisplay(id, e, Map.of("body", body == null ? "" : body), model);
        }
        return "redirect:/tasks/" + id;
    }

    @PostMapping("/tasks/{id}/files")
    String upload(@PathVariable long id, @RequestParam("file") MultipartFile file, Model model) throws java.io.IOException {
        try {
            evidence.add(id, file.getOriginalFilename(), file.getBytes());
        } catch (ProblemException e) {
            if (e.status() != 413 && e.status() != 415) throw e;
            model.addAttribute("fileProblem", messages.getMessage(e.messageKey(), e.args(), LocaleContextHolder.getLocale()));
            return task(id, model);
        }
        return "redirect:/tasks/" + id;
    }

    @GetMapping("/tasks/{id}/files/{fileId}")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long fileId) {
        Object[] f = evidence.download(id, fileId).orElseThrow(() -> new NotFoundException("file", fileId));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType((String) f[1]))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename((String) f[0], java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body((byte[]) f[2]);
    }

    /** The task page again with the entered values and one Vietnamese message per invalid field. */
    private String redisplay(long id, ProblemException e, Map<String, String> entered, Model model) {
        if (e.fieldProblems().isEmpty()) throw e;
        Map<String, String> errors = new HashMap<>();
        for (FieldProblem p : e.fieldProblems()) {
            errors.putIfAbsent(p.field(), messages.getMessage(p.messageKey(), p.args(), LocaleContextHolder.getLocale()));
        }
        model.addAttribute("errors", errors);
        model.addAttribute("entered", entered);
        return task(id, model);
    }

    /** A percentage typed in a form ("50", "50%"); an unreadable one is out of range (the same message). */
    static Integer parsePercent(String s) {
        if (s == null || s.isBlank()) return null;
        try {
            return Integer.valueOf(s.strip().replace("%", "").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private Map<Long, String> names(java.util.Collection<Long> ids) {
        Map<Long, String> out = new HashMap<>();
        units.findAll(new LinkedHashSet<>(ids)).forEach(u -> out.put(u.id(), u.name()));
        return out;
    }
}
