package vn.gandan.imports;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.gandan.imports.PendingImports.Pending;
import vn.gandan.reporting.Attachments;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * "Nhập văn bản": upload one or many files, review the extracted fields beside the source text, correct them,
 * then create a draft plan or attach a report's original to a report. Nothing is stored before that confirmation:
 * pending files live in the session ({@link PendingImports}).
 */
@Controller
class ImportController {

    /** One uploaded file's outcome: read (with the token of its review page) or refused (with the reason). */
    record Result(String fileName, String type, String kind, String token, int status, String problem) {
    }

    /** A field below this confidence is highlighted and explained on the review screen. */
    static final double LOW_CONFIDENCE = 0.6;

    private final Parsing parsing;
    private final ImportDrafts drafts;
    private final ImportUnits units;
    private final vn.gandan.plans.CoReceiverNames coReceivers;
    private final Attachments attachments;
    private final MessageSource messages;
    private final Clock clock;

    ImportController(Parsing parsing, ImportDrafts drafts, ImportUnits units, vn.gandan.plans.CoReceiverNames coReceivers, Attachments attachments,
                     MessageSource messages, Clock clock) {
        this.parsing = parsing;
        this.drafts = drafts;
        this.units = units;
        this.coReceivers = coReceivers;
        this.attachments = attachments;
        this.messages = messages;
        this.clock = clock;
    }

    @Bean
    static NavItem importsNav() {
        return new NavItem("nav.imports", "/imports", 25, "file-earmark-arrow-up", null);
    }

    @GetMapping("/imports")
    String upload(HttpSession session, Model model) {
        requireDrafter();
        model.addAttribute("results", List.of());
        return uploadPage(session, model);
    }

    /** The whole batch in one post (works without JavaScript): the list of results on the same page. */
    @PostMapping("/imports")
    String uploadBatch(@RequestParam(name = "files", required = false) List<MultipartFile> files, HttpSession session,
                       Model model) throws IOException {
        requireDrafter();
        List<Result> results = new ArrayList<>();
        for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
            if (!f.isEmpty() || (f.getOriginalFilename() != null && !f.getOriginalFilename().isBlank())) {
                results.add(read(f, session));
            }
        }
        model.addAttribute("results", results);
        model.addAttribute("noFile", results.isEmpty());
        return uploadPage(session, model);
    }

    /** One file of a batch sent by the page's script: its row of the result list. */
    @PostMapping("/imports/file")
    String uploadOne(@RequestParam("file") MultipartFile file, HttpSession session, Model model) throws IOException {
        requireDrafter();
        model.addAttribute("r", read(file, session));
        return "imports/upload :: row";
    }

    /** Importing makes draft plans: only a leader or specialist of some unit (the caller's drafting units) imports. */
    private void requireDrafter() {
        if (units.drafting().isEmpty()) {
            throw ProblemException.forbidden("imports.noDraftingUnit");
        }
    }

    @GetMapping("/imports/{token}")
    String review(@PathVariable String token, HttpSession session, Model model) {
        Pending p = pending(session, token);
        return reviewPage(p, p.form(), null, List.of(), model);
    }

    /** Save the corrections, create the draft plan from them, or drop the file. */
    @PostMapping("/imports/{token}")
    String confirm(@PathVariable String token, @ModelAttribute("form") ReviewForm form,
                   @RequestParam(defaultValue = "save") String action, @RequestParam(required = false) Long unitId,
                   HttpSession session, Model model) {
        if ("plan".equals(action)) {
            // pressed again after the draft was made (back button, a second tab): the plan it made, not a 404
            Optional<Long> made = drafts.made(token);
            if (made.isPresent()) {
                PendingImports.remove(session, token);
                return "redirect:/plans/" + made.get();
            }
        }
        Pending p = pending(session, token);
        if (form.getOutline().isEmpty()) {
            form.setOutline(p.form().getOutline());
        }
        if ("discard".equals(action)) {
            PendingImports.remove(session, token);
            return "redirect:/imports";
        }
        PendingImports.update(session, p, form);
        if (!"plan".equals(action)) {
            return "redirect:/imports/" + token + "?saved";
        }
        if (unitId == null || units.drafting().stream().noneMatch(u -> u.id().equals(unitId))) {
            return reviewPage(p, form, message("imports.review.chooseUnit"), List.of(), model);
        }
        try {
            long plan = drafts.create(token, () -> DraftPlanMapping.toCommand(form, unitId, coReceivers::resolve));
            PendingImports.remove(session, token);
            return "redirect:/plans/" + plan;
        } catch (ProblemException e) {
            if (e.status() != 422) throw e;
            List<String> fields = e.fieldProblems().stream().map(f -> message(f.messageKey(), f.args())).toList();
            model.addAttribute("fieldProblems", inPlace(e.fieldProblems()));
            return reviewPage(p, form, message(e.messageKey(), e.args()), fields, model);
        }
    }

    /** A report's original file attached to the chosen unit's report for a form and period. */
    @PostMapping("/imports/{token}/attach")
    String attach(@PathVariable String token, @RequestParam long unitId, @RequestParam String formCode,
                  @RequestParam String period, HttpSession session, Model model) {
        Pending p = pending(session, token);
        if (p.original() == null || units.drafting().stream().noneMatch(u -> u.id().equals(unitId))) {
            return reviewPage(p, p.form(), message(p.original() == null ? "imports.attach.noOriginal" : "imports.review.chooseUnit"),
                    List.of(), model);
        }
        try {
            long id = attachments.attachToReport(unitId, formCode, period.strip(), p.fileName(), p.original());
            PendingImports.remove(session, token);
            return "redirect:/reports/submissions/" + id;
        } catch (ProblemException e) {
            if (e.status() != 409 && e.status() != 413 && e.status() != 415 && e.status() != 422 && e.status() != 400) throw e;
            return reviewPage(p, p.form(), message(e.messageKey(), e.args()), List.of(), model);
        }
    }

    private Result read(MultipartFile f, HttpSession session) throws IOException {
        String name = f.getOriginalFilename() == null ? "upload" : f.getOriginalFilename();
        try {
            byte[] bytes = f.getSize() > parsing.maxBytes() ? new byte[0] : f.getBytes();
            Parsing.Parsed parsed = parsing.parse(name, f.getSize(), bytes);
            ReviewForm form = ReviewForm.from(parsed.fields());
            Pending p = PendingImports.add(session, parsed, form, confidence(parsed.fields()), bytes, now());
            return new Result(p.fileName(), p.type(), form.getKind(), p.token(), 200, null);
        } catch (ProblemException e) {
            return new Result(name, null, null, null, e.status(), message(e.messageKey(), e.args()));
        }
    }

    private String uploadPage(HttpSession session, Model model) {
        model.addAttribute("pending", PendingImports.list(session, now()));
        model.addAttribute("maxPending", PendingImports.MAX_PENDING);
        model.addAttribute("maxMb", parsing.maxBytes() / (1024 * 1024));
        return "imports/upload";
    }

    private String reviewPage(Pending p, ReviewForm form, String problem, List<String> problems, Model model) {
        model.addAttribute("p", p);
        model.addAttribute("form", form);
        model.addAttribute("conf", p.confidence());
        model.addAttribute("low", LOW_CONFIDENCE);
        model.addAttribute("lines", p.text().lines().toList());
        model.addAttribute("problem", problem);
        model.addAttribute("problems", problems);
        if (!model.containsAttribute("fieldProblems")) {
            model.addAttribute("fieldProblems", Map.of());
        }
        model.addAttribute("units", units.drafting());
        model.addAttribute("unmatched", unmatched(form));
        model.addAttribute("formCodes", units.formCodes());
        model.addAttribute("periods", units.periodSuggestions());
        model.addAttribute("kinds", DocKinds.ALL);
        model.addAttribute("draft", form.getKind() == null || !DocKinds.ALL.contains(form.getKind()) ? null
                : DocKinds.draft(form.getKind()).name());
        model.addAttribute("reportPeriods", List.of("QUARTER_1", "QUARTERLY", "SIX_MONTH", "NINE_MONTH", "ANNUAL", "OTHER"));
        return "imports/review";
    }

    /**
     * Session 21: the draft's problems beside the field they concern (the list at the top of a long page was out of sight
     * on a phone): the plan's field names as the review form's (title, periodValue, place, bases, sections, deadlines,
     * recipients, signers, kind), each with its messages.
     */
    private Map<String, String> inPlace(List<vn.gandan.shared.FieldProblem> problems) {
        Map<String, String> out = new LinkedHashMap<>();
        for (vn.gandan.shared.FieldProblem f : problems) {
            String field = f.field() == null ? "" : f.field();
            String name = field.startsWith("period") ? "periodValue" : field.startsWith("baseRefs") ? "bases"
                    : field.startsWith("reportDeadlines") ? "deadlines" : field.replaceAll("[\\[.].*", "");
            if (List.of("title", "periodValue", "place", "bases", "sections", "deadlines", "recipients", "signers", "kind").contains(name)) {
                out.merge(name, message(f.messageKey(), f.args()), (a, b) -> a.equals(b) ? a : a + " " + b);
            }
        }
        return out;
    }

    /** Per deadline row (by position) the co-receivers' names that match no unit, joined for the warning in place. */
    private Map<Integer, String> unmatched(ReviewForm form) {
        Map<Integer, String> out = new LinkedHashMap<>();
        for (int i = 0; i < form.getDeadlines().size(); i++) {
            List<String> names = DraftPlanMapping.unmatched(form.getDeadlines().get(i).getCoReceivers(), coReceivers::resolve);
            if (!names.isEmpty()) {
                out.put(i, String.join(", ", names));
            }
        }
        return out;
    }

    private Pending pending(HttpSession session, String token) {
        return PendingImports.get(session, token, now()).orElseThrow(() -> new NotFoundException("import", token));
    }

    private static Map<String, Double> confidence(Extraction fields) {
        return new LinkedHashMap<>(fields.confidence());
    }

    private Instant now() {
        return clock.instant();
    }

    private String message(String key, Object... args) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, args, key, locale);
    }
}
