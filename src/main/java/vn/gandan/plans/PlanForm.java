package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The plan editor's form. Lists grow and shrink through the editor's buttons (add, remove, move up/down), which
 * post the whole form back, so the editor works the same without JavaScript.
 */
public class PlanForm {

    private String kind = "KE_HOACH";
    private Long issuerUnitId;
    private List<Long> coIssuerUnitIds = new ArrayList<>();
    private String title;
    private String periodKind = "YEAR";
    private String periodValue;
    private String place;
    private List<Long> basePlanIds = new ArrayList<>();
    private String citations;
    private List<SectionRow> sections = new ArrayList<>();
    private List<TaskRow> tasks = new ArrayList<>();
    private List<DeadlineRow> deadlines = new ArrayList<>();
    private String recipients;
    private List<SignerRow> signers = new ArrayList<>();
    private String footnotes;

    public static class SectionRow {
        private String heading;
        private String body;
        private List<ItemRow> items = new ArrayList<>();

        public String getHeading() { return heading; }
        public void setHeading(String heading) { this.heading = heading; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public List<ItemRow> getItems() { return items; }
        public void setItems(List<ItemRow> items) { this.items = items; }
    }

    public static class ItemRow {
        private String heading;
        private String body;
        private String subItems;

        public String getHeading() { return heading; }
        public void setHeading(String heading) { this.heading = heading; }
        public String getBody() { return body; }
        public void setBody(String body) { this.body = body; }
        public String getSubItems() { return subItems; }
        public void setSubItems(String subItems) { this.subItems = subItems; }
    }

    public static class TaskRow {
        private String title;
        private Long leadUnitId;
        private List<Long> assigneeUnitIds = new ArrayList<>();
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = {"d/M/yyyy"})
        private LocalDate due;
        private String recurrence = "ONCE";
        /** Item 4: the same task to many units at once — a group ("ALL", "LEVEL_TIEU_HOC"…) and/or a list of units. */
        private String leadGroup;
        /** Defect 6: the upper plan's task this one was copied from (a hidden field, kept through every edit). */
        private Long derivedFromTaskId;
        private List<Long> leadUnitIds = new ArrayList<>();

        public Long getDerivedFromTaskId() { return derivedFromTaskId; }
        public void setDerivedFromTaskId(Long derivedFromTaskId) { this.derivedFromTaskId = derivedFromTaskId; }
        public String getLeadGroup() { return leadGroup; }
        public void setLeadGroup(String leadGroup) { this.leadGroup = leadGroup; }
        public List<Long> getLeadUnitIds() { return leadUnitIds; }
        public void setLeadUnitIds(List<Long> leadUnitIds) { this.leadUnitIds = leadUnitIds; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public Long getLeadUnitId() { return leadUnitId; }
        public void setLeadUnitId(Long leadUnitId) { this.leadUnitId = leadUnitId; }
        public List<Long> getAssigneeUnitIds() { return assigneeUnitIds; }
        public void setAssigneeUnitIds(List<Long> assigneeUnitIds) { this.assigneeUnitIds = assigneeUnitIds; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate due) { this.due = due; }
        public String getRecurrence() { return recurrence; }
        public void setRecurrence(String recurrence) { this.recurrence = recurrence; }
    }

    public static class DeadlineRow {
        private String period = "SIX_MONTH";
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE, fallbackPatterns = {"d/M/yyyy"})
        private LocalDate due;
        private String recipient;

        public String getRecipient() { return recipient; }
        public void setRecipient(String recipient) { this.recipient = recipient; }
        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
        public LocalDate getDue() { return due; }
        public void setDue(LocalDate due) { this.due = due; }
    }

    public static class SignerRow {
        private String onBehalf;
        private String title;
        private String name;

        public String getOnBehalf() { return onBehalf; }
        public void setOnBehalf(String onBehalf) { this.onBehalf = onBehalf; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
    }

    static PlanForm from(PlanView p) {
        PlanForm f = new PlanForm();
        f.kind = p.kind().name();
        f.issuerUnitId = p.issuerUnitIds().get(0);
        f.coIssuerUnitIds = new ArrayList<>(p.issuerUnitIds().subList(1, p.issuerUnitIds().size()));
        f.title = p.title();
        f.periodKind = p.period().kind();
        f.periodValue = p.period().value();
        f.place = p.place();
        List<String> cits = new ArrayList<>();
        for (PlanContent.BaseRef b : p.baseRefs()) {
            if (b.planId() != null) f.basePlanIds.add(b.planId());
            else if (b.citation() != null) cits.add(b.citation());
        }
        f.citations = String.join("\n", cits);
        for (PlanContent.Section s : p.sections()) {
            SectionRow r = new SectionRow();
            r.heading = s.heading();
            r.body = s.body();
            for (PlanContent.Item i : s.items()) {
                ItemRow ir = new ItemRow();
                ir.heading = i.heading();
                ir.body = i.body();
                ir.subItems = String.join("\n", i.subItems());
                r.items.add(ir);
            }
            f.sections.add(r);
        }
        for (PlanView.TaskView t : p.tasks()) {
            TaskRow r = new TaskRow();
            r.title = t.title();
            r.leadUnitId = t.leadUnitId();
            r.assigneeUnitIds = new ArrayList<>(t.assigneeUnitIds());
            r.due = t.due();
            r.recurrence = t.recurrence();
            r.derivedFromTaskId = t.derivedFromTaskId();
            f.tasks.add(r);
        }
        for (PlanContent.ReportDeadline d : p.reportDeadlines()) {
            DeadlineRow r = new DeadlineRow();
            r.period = d.period();
            r.due = d.due();
            r.recipient = d.recipient();
            f.deadlines.add(r);
        }
        f.recipients = String.join("\n", p.recipients());
        for (PlanContent.Signer s : p.signers()) {
            SignerRow r = new SignerRow();
            r.onBehalf = s.onBehalf();
            r.title = s.title();
            r.name = s.name();
            f.signers.add(r);
        }
        f.footnotes = String.join("\n", p.footnotes());
        return f;
    }

    PlanCommand toCommand(java.util.function.Function<Long, String> existingCitationOfPlan) {
        PlanKind k;
        try {
            k = kind == null ? null : PlanKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            k = null;
        }
        List<Long> issuers = new ArrayList<>();
        if (issuerUnitId != null) issuers.add(issuerUnitId);
        if (k == PlanKind.KE_HOACH_PHOI_HOP) {
            coIssuerUnitIds.stream().filter(x -> x != null && !issuers.contains(x)).forEach(issuers::add);
        }
        List<PlanContent.BaseRef> bases = new ArrayList<>();
        basePlanIds.stream().filter(x -> x != null).distinct().forEach(id -> bases.add(new PlanContent.BaseRef(id, null)));
        lines(citations).forEach(c -> bases.add(new PlanContent.BaseRef(null, c)));
        List<PlanContent.Section> secs = sections.stream().map(s -> new PlanContent.Section(s.heading, s.body,
                s.items.stream().filter(i -> !blank(i.heading) || !blank(i.body))
                        .map(i -> new PlanContent.Item(i.heading, i.body, lines(i.subItems))).toList())).toList();
        List<PlanCommand.Task> ts = tasks.stream()
                .filter(t -> !blank(t.title) || t.leadUnitId != null || t.due != null || !nonNull(t.leadUnitIds).isEmpty())
                .map(t -> new PlanCommand.Task(t.title, t.leadUnitId, nonNull(t.assigneeUnitIds), t.due, t.recurrence,
                        nonNull(t.leadUnitIds), t.derivedFromTaskId)).toList();
        List<PlanContent.ReportDeadline> ds = deadlines.stream().filter(d -> d.due != null || !blank(d.period))
                .map(d -> new PlanContent.ReportDeadline(d.period, d.due, blank(d.recipient) ? null : d.recipient)).toList();
        List<PlanContent.Signer> ss = signers.stream().filter(s -> !blank(s.name) || !blank(s.title))
                .map(s -> new PlanContent.Signer(s.name, s.title, blank(s.onBehalf) ? null : s.onBehalf)).toList();
        return new PlanCommand(k, issuers, title, new PlanContent.Period(periodKind, periodValue), place, bases, secs, ts, ds,
                lines(recipients), ss, lines(footnotes));
    }

    private static List<Long> nonNull(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(x -> x != null).toList();
    }

    /**
     * Item 4: replaces each task row's group ("ALL", "LEVEL_TIEU_HOC"…) by its units ({@code groups}: group → unit
     * ids, built from the issuer's subordinate units), added to the row's list; the plan then gives each unit a task.
     */
    void expandGroups(java.util.Map<String, List<Long>> groups) {
        for (TaskRow t : tasks) {
            if (t.leadGroup == null || t.leadGroup.isBlank()) continue;
            List<Long> ids = new ArrayList<>(nonNull(t.leadUnitIds));
            groups.getOrDefault(t.leadGroup, List.of()).stream().filter(u -> !ids.contains(u)).forEach(ids::add);
            t.leadUnitIds = ids;
            t.leadGroup = null;
        }
    }

    static List<String> lines(String s) {
        return vn.gandan.shared.Texts.lines(s);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Applies an editor button ("addSection", "upItem-1-2" …); returns an anchor to scroll to, or null if unknown. */
    String apply(String action) {
        String[] a = action.split("-");
        int i = a.length > 1 ? parse(a[1]) : -1;
        int j = a.length > 2 ? parse(a[2]) : -1;
        switch (a[0]) {
            case "addSection" -> { sections.add(new SectionRow()); return "section-" + (sections.size() - 1); }
            case "removeSection" -> { if (ok(sections, i)) sections.remove(i); return "sections"; }
            case "upSection" -> { swap(sections, i, i - 1); return "section-" + Math.max(0, i - 1); }
            case "downSection" -> { swap(sections, i, i + 1); return "section-" + Math.min(sections.size() - 1, i + 1); }
            case "addItem" -> { if (ok(sections, i)) sections.get(i).items.add(new ItemRow()); return "section-" + i; }
            case "removeItem" -> { if (ok(sections, i) && ok(sections.get(i).items, j)) sections.get(i).items.remove(j); return "section-" + i; }
            case "upItem" -> { if (ok(sections, i)) swap(sections.get(i).items, j, j - 1); return "section-" + i; }
            case "downItem" -> { if (ok(sections, i)) swap(sections.get(i).items, j, j + 1); return "section-" + i; }
            case "addTask" -> { tasks.add(new TaskRow()); return "tasks"; }
            case "removeTask" -> { if (ok(tasks, i)) tasks.remove(i); return "tasks"; }
            case "addDeadline" -> { deadlines.add(new DeadlineRow()); return "deadlines"; }
            case "removeDeadline" -> { if (ok(deadlines, i)) deadlines.remove(i); return "deadlines"; }
            case "addSigner" -> { signers.add(new SignerRow()); return "signers"; }
            case "removeSigner" -> { if (ok(signers, i)) signers.remove(i); return "signers"; }
            default -> { return null; }
        }
    }

    private static int parse(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static boolean ok(List<?> l, int i) {
        return i >= 0 && i < l.size();
    }

    private static <T> void swap(List<T> l, int i, int j) {
        if (ok(l, i) && ok(l, j)) {
            T t = l.get(i);
            l.set(i, l.get(j));
            l.set(j, t);
        }
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public Long getIssuerUnitId() { return issuerUnitId; }
    public void setIssuerUnitId(Long issuerUnitId) { this.issuerUnitId = issuerUnitId; }
    public List<Long> getCoIssuerUnitIds() { return coIssuerUnitIds; }
    public void setCoIssuerUnitIds(List<Long> coIssuerUnitIds) { this.coIssuerUnitIds = coIssuerUnitIds == null ? new ArrayList<>() : coIssuerUnitIds; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPeriodKind() { return periodKind; }
    public void setPeriodKind(String periodKind) { this.periodKind = periodKind; }
    public String getPeriodValue() { return periodValue; }
    public void setPeriodValue(String periodValue) { this.periodValue = periodValue; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public List<Long> getBasePlanIds() { return basePlanIds; }
    public void setBasePlanIds(List<Long> basePlanIds) { this.basePlanIds = basePlanIds == null ? new ArrayList<>() : basePlanIds; }
    public String getCitations() { return citations; }
    public void setCitations(String citations) { this.citations = citations; }
    public List<SectionRow> getSections() { return sections; }
    public void setSections(List<SectionRow> sections) { this.sections = sections; }
    public List<TaskRow> getTasks() { return tasks; }
    public void setTasks(List<TaskRow> tasks) { this.tasks = tasks; }
    public List<DeadlineRow> getDeadlines() { return deadlines; }
    public void setDeadlines(List<DeadlineRow> deadlines) { this.deadlines = deadlines; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public List<SignerRow> getSigners() { return signers; }
    public void setSigners(List<SignerRow> signers) { this.signers = signers; }
    public String getFootnotes() { return footnotes; }
    public void setFootnotes(String footnotes) { this.footnotes = footnotes; }
}
