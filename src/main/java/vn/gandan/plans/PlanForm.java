package vn.gandan.plans;

import java.util.ArrayList;
import java.util.List;
import vn.gandan.plans.PlanFormRows.DeadlineRow;
import vn.gandan.plans.PlanFormRows.ItemRow;
import vn.gandan.plans.PlanFormRows.SectionRow;
import vn.gandan.plans.PlanFormRows.SignerRow;
import vn.gandan.plans.PlanFormRows.TaskRow;

/**
 * The plan editor's form ({@link PlanFormRows} for its lists, {@link PlanFormMapping} to and from the plan's records).
 * Lists grow and shrink through the editor's buttons (add, remove, move up/down), which
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

    static List<Long> nonNull(List<Long> ids) {
        return ids == null ? List.of() : ids.stream().filter(x -> x != null).toList();
    }

    /**
     * Item 4: replaces each task row's group ("ALL", "LEVEL_TIEU_HOC"…) by its units ({@code groups}: group → unit
     * ids, built from the issuer's subordinate units), added to the row's list; the plan then gives each unit a task.
     */
    void expandGroups(java.util.Map<String, List<Long>> groups) {
        for (TaskRow t : tasks) {
            if (t.getLeadGroup() == null || t.getLeadGroup().isBlank()) continue;
            List<Long> ids = new ArrayList<>(nonNull(t.getLeadUnitIds()));
            groups.getOrDefault(t.getLeadGroup(), List.of()).stream().filter(u -> !ids.contains(u)).forEach(ids::add);
            t.setLeadUnitIds(ids);
            t.setLeadGroup(null);
        }
    }

    static List<String> lines(String s) {
        return vn.gandan.shared.Texts.lines(s);
    }

    static boolean blank(String s) {
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
            case "addItem" -> { if (ok(sections, i)) sections.get(i).getItems().add(new ItemRow()); return "section-" + i; }
            case "removeItem" -> { if (ok(sections, i) && ok(sections.get(i).getItems(), j)) sections.get(i).getItems().remove(j); return "section-" + i; }
            case "upItem" -> { if (ok(sections, i)) swap(sections.get(i).getItems(), j, j - 1); return "section-" + i; }
            case "downItem" -> { if (ok(sections, i)) swap(sections.get(i).getItems(), j, j + 1); return "section-" + i; }
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
