package vn.gandan.imports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The extracted fields as the review screen edits them: scalars as inputs, lists as one item per line,
 * tasks, report deadlines and signers as rows. Built from the extractor's output (seeds schema). Public only so
 * that data binding and the templates reach it; no other module uses it.
 */
public class ReviewForm implements Serializable {

    private String kind;
    private String number;
    private String symbol;
    private String place;
    private String issueDate;
    private String issuers;
    private String parentIssuer;
    private String title;
    private String periodKind;
    private String periodValue;
    private String bases;
    private String citations;
    private String sections;
    private List<TaskRow> tasks = new ArrayList<>();
    private List<DeadlineRow> deadlines = new ArrayList<>();
    private String recipients;
    private List<SignerRow> signers = new ArrayList<>();

    static ReviewForm from(Map<String, Object> f) {
        ReviewForm r = new ReviewForm();
        r.kind = str(f.get("doc_kind"));
        r.number = str(f.get("number"));
        r.symbol = str(f.get("symbol"));
        r.place = str(f.get("issue_place"));
        r.issueDate = date(map(f.get("issue_date")));
        r.issuers = lines(list(f.get("issuers")).stream().map(ReviewForm::str).toList());
        r.parentIssuer = str(f.get("parent_issuer"));
        r.title = str(f.get("title"));
        Map<String, Object> period = map(f.get("period"));
        r.periodKind = str(period.get("kind"));
        r.periodValue = str(period.get("value"));
        r.bases = lines(list(f.get("bases")).stream().map(b -> citation(map(b))).toList());
        r.citations = lines(list(f.get("citations")).stream().map(b -> citation(map(b))).toList());
        r.sections = lines(list(f.get("sections")).stream().map(ReviewForm::str).toList());
        for (Object o : list(f.get("tasks"))) {
            Map<String, Object> t = map(o);
            r.tasks.add(new TaskRow(str(t.get("number")), str(t.get("heading")), t.get("subitems") instanceof Number n ? n.intValue() : 0));
        }
        for (Object o : list(f.get("report_deadlines"))) {
            Map<String, Object> d = map(o);
            DeadlineRow row = new DeadlineRow(str(d.get("period")), due(map(d.get("due")), r.periodKind, r.periodValue), str(d.get("text")));
            row.setRecipient(str(d.get("recipient")));
            r.deadlines.add(row);
        }
        r.recipients = lines(list(f.get("recipients")).stream().map(ReviewForm::str).toList());
        for (Object o : list(f.get("signers"))) {
            Map<String, Object> s = map(o);
            r.signers.add(new SignerRow(str(s.get("name")), str(s.get("title")), str(s.get("on_behalf"))));
        }
        return r;
    }

    /** "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ" from a citation's fields. */
    static String citation(Map<String, Object> c) {
        StringBuilder sb = new StringBuilder();
        if (c.get("doc_type") != null) sb.append(c.get("doc_type"));
        if (c.get("number_symbol") != null) sb.append(sb.isEmpty() ? "" : " ").append("số ").append(c.get("number_symbol"));
        if (c.get("date") instanceof String d && d.matches("\\d{4}-\\d{2}-\\d{2}")) {
            sb.append(" ngày ").append(d, 8, 10).append('/').append(d, 5, 7).append('/').append(d, 0, 4);
        }
        if (c.get("issuer") != null) sb.append(" của ").append(c.get("issuer"));
        if (c.get("title") != null) sb.append(" ").append(c.get("title"));
        return sb.toString().strip();
    }

    /** The due date of a report deadline; a missing year comes from the plan's period (school year: Sept–Dec = first year). */
    static String due(Map<String, Object> d, String periodKind, String periodValue) {
        Integer day = d.get("day") instanceof Number n ? n.intValue() : null;
        Integer month = d.get("month") instanceof Number n ? n.intValue() : null;
        Integer year = d.get("year") instanceof Number n ? n.intValue() : null;
        if (day == null || month == null) return null;
        if (year == null && periodValue != null && periodValue.matches("\\d{4}(-\\d{4})?")) {
            int first = Integer.parseInt(periodValue.substring(0, 4));
            year = "SCHOOL_YEAR".equals(periodKind) && month < 9 ? first + 1 : first;
        }
        if (year == null) return null;
        try {
            return LocalDate.of(year, month, day).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String date(Map<String, Object> d) {
        if (d.isEmpty() || d.values().stream().allMatch(v -> v == null)) return null;
        return d.values().stream().map(v -> v == null ? "…" : String.format("%02d", ((Number) v).intValue()))
                .collect(Collectors.joining("/"));
    }

    static List<String> lines(String s) {
        return vn.gandan.shared.Texts.lines(s);
    }

    private static String lines(List<String> items) {
        return items.stream().filter(x -> x != null && !x.isBlank()).collect(Collectors.joining("\n"));
    }

    private static String str(Object o) {
        return o == null ? null : String.valueOf(o);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object o) {
        return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    /** A numbered task of the document with the count of its lettered sub-items. */
    public static class TaskRow implements Serializable {
        private String number;
        private String heading;
        private int subitems;

        public TaskRow() {
        }

        TaskRow(String number, String heading, int subitems) {
            this.number = number;
            this.heading = heading;
            this.subitems = subitems;
        }

        public String getNumber() { return number; }
        public void setNumber(String number) { this.number = number; }
        public String getHeading() { return heading; }
        public void setHeading(String heading) { this.heading = heading; }
        public int getSubitems() { return subitems; }
        public void setSubitems(int subitems) { this.subitems = subitems; }
    }

    /** A report the document asks for: period code, due date (yyyy-mm-dd), to whom, and the sentence it came from. */
    public static class DeadlineRow implements Serializable {
        private String period;
        private String due;
        private String text;
        private String recipient;

        public String getRecipient() { return recipient; }
        public void setRecipient(String recipient) { this.recipient = recipient; }

        public DeadlineRow() {
        }

        DeadlineRow(String period, String due, String text) {
            this.period = period;
            this.due = due;
            this.text = text;
        }

        public String getPeriod() { return period; }
        public void setPeriod(String period) { this.period = period; }
        public String getDue() { return due; }
        public void setDue(String due) { this.due = due; }
        public String getText() { return text; }
        public void setText(String text) { this.text = text; }
    }

    /** A signature block: name, title and the authority line (TM., KT., TL., TUQ.). */
    public static class SignerRow implements Serializable {
        private String name;
        private String title;
        private String onBehalf;

        public SignerRow() {
        }

        SignerRow(String name, String title, String onBehalf) {
            this.name = name;
            this.title = title;
            this.onBehalf = onBehalf;
        }

        public String getName() { return name; }
        public void setName(String name) { this.name = name; }
        public String getTitle() { return title; }
        public void setTitle(String title) { this.title = title; }
        public String getOnBehalf() { return onBehalf; }
        public void setOnBehalf(String onBehalf) { this.onBehalf = onBehalf; }
    }

    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public String getNumber() { return number; }
    public void setNumber(String number) { this.number = number; }
    public String getSymbol() { return symbol; }
    public void setSymbol(String symbol) { this.symbol = symbol; }
    public String getPlace() { return place; }
    public void setPlace(String place) { this.place = place; }
    public String getIssueDate() { return issueDate; }
    public void setIssueDate(String issueDate) { this.issueDate = issueDate; }
    public String getIssuers() { return issuers; }
    public void setIssuers(String issuers) { this.issuers = issuers; }
    public String getParentIssuer() { return parentIssuer; }
    public void setParentIssuer(String parentIssuer) { this.parentIssuer = parentIssuer; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getPeriodKind() { return periodKind; }
    public void setPeriodKind(String periodKind) { this.periodKind = periodKind; }
    public String getPeriodValue() { return periodValue; }
    public void setPeriodValue(String periodValue) { this.periodValue = periodValue; }
    public String getBases() { return bases; }
    public void setBases(String bases) { this.bases = bases; }
    public String getCitations() { return citations; }
    public void setCitations(String citations) { this.citations = citations; }
    public String getSections() { return sections; }
    public void setSections(String sections) { this.sections = sections; }
    public List<TaskRow> getTasks() { return tasks; }
    public void setTasks(List<TaskRow> tasks) { this.tasks = tasks; }
    public List<DeadlineRow> getDeadlines() { return deadlines; }
    public void setDeadlines(List<DeadlineRow> deadlines) { this.deadlines = deadlines; }
    public String getRecipients() { return recipients; }
    public void setRecipients(String recipients) { this.recipients = recipients; }
    public List<SignerRow> getSigners() { return signers; }
    public void setSigners(List<SignerRow> signers) { this.signers = signers; }
}
