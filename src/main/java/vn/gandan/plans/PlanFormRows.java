package vn.gandan.plans;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The rows of the plan editor's lists (sections with their items, tasks, report deadlines, signers): beans with
 * setters, because the editor binds indexed fields ({@code sections[0].items[1].heading}) and grows the lists.
 * {@link PlanFormMapping} turns them into the plan's records and back.
 */
public final class PlanFormRows {

    private PlanFormRows() {
    }

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
        private String channel;
        /** Defect 12: co-receivers as typed (codes or names) and as resolved by {@link CoReceiverNames#apply}. */
        private String coReceivers;
        private List<Long> coReceiverUnitIds;

        public String getCoReceivers() { return coReceivers; }
        public void setCoReceivers(String coReceivers) { this.coReceivers = coReceivers; }
        public List<Long> getCoReceiverUnitIds() { return coReceiverUnitIds; }
        public void setCoReceiverUnitIds(List<Long> ids) { this.coReceiverUnitIds = ids; }
        public String getChannel() { return channel; }
        public void setChannel(String channel) { this.channel = channel; }
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
}
