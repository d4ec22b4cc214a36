package vn.gandan.imports;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
    private String periodPart;
    private String bases;
    private String citations;
    private String sections;
    private List<TaskRow> tasks = new ArrayList<>();
    private List<DeadlineRow> deadlines = new ArrayList<>();
    private String recipients;
    private List<SignerRow> signers = new ArrayList<>();
    private List<Outline.Part> outline = new ArrayList<>();

    static ReviewForm from(Extraction f) {
        ReviewForm r = new ReviewForm();
        r.kind = f.docKind();
        r.number = str(f.number());
        r.symbol = f.symbol();
        r.place = f.issuePlace();
        r.issueDate = date(f.issueDate());
        r.issuers = lines(f.issuers());
        r.parentIssuer = f.parentIssuer();
        r.title = f.title();
        r.periodKind = f.period() == null ? null : f.period().kind();
        r.periodValue = f.period() == null ? null : f.period().value();
        r.periodPart = f.period() == null ? null : f.period().part();
        r.bases = lines(f.baseTexts().isEmpty() ? f.bases().stream().map(ReviewForm::citation).toList() : f.baseTexts());
        r.citations = lines(f.citations().stream().map(ReviewForm::citation).toList());
        r.sections = lines(f.sections());
        f.tasks().forEach(t -> r.tasks.add(new TaskRow(t.number(), t.heading(), t.subitems())));
        for (Extraction.Deadline d : f.reportDeadlines()) {
            DeadlineRow row = new DeadlineRow(d.period(), due(d.due(), r.periodKind, r.periodValue), d.text());
            row.setRecipient(d.recipient());
            row.setCoReceivers(d.coReceivers() == null ? null : String.join(", ", d.coReceivers()));
            row.setChannel(d.channel());
            r.deadlines.add(row);
        }
        r.recipients = lines(f.recipients());
        f.signers().forEach(s -> r.signers.add(new SignerRow(s.name(), s.title(), s.onBehalf())));
        r.outline = f.outline();
        return r;
    }

    /** "Chỉ thị số 33/CT-TTg ngày 26/11/2021 của Thủ tướng Chính phủ" from a citation's fields. */
    static String citation(Extraction.Cited c) {
        StringBuilder sb = new StringBuilder();
        if (c.docType() != null) sb.append(c.docType());
        if (c.numberSymbol() != null) sb.append(sb.isEmpty() ? "" : " ").append("số ").append(c.numberSymbol());
        if (c.date() != null && c.date().matches("\\d{4}-\\d{2}-\\d{2}")) {
            String d = c.date();
            sb.append(" ngày ").append(d, 8, 10).append('/').append(d, 5, 7).append('/').append(d, 0, 4);
        }
        if (c.issuer() != null) sb.append(" của ").append(c.issuer());
        if (c.title() != null) sb.append(" ").append(c.title());
        return sb.toString().strip();
    }

    /** The due date of a report deadline; a missing year comes from the plan's period (school year: Sept–Dec = first year). */
    static String due(Extraction.DateParts d, String periodKind, String periodValue) {
        if (d == null || d.day() == null || d.month() == null) return null;
        Integer year = d.year();
        if (year == null && periodValue != null && periodValue.matches("\\d{4}(-\\d{4})?")) {
            int first = Integer.parseInt(periodValue.substring(0, 4));
            year = "SCHOOL_YEAR".equals(periodKind) && d.month() < 9 ? first + 1 : first;
        }
        if (year == null) return null;
        try {
            return LocalDate.of(year, d.month(), d.day()).toString();
        } catch (java.time.DateTimeException e) {
            return null;
        }
    }

    private static String date(Extraction.DateParts d) {
        if (d == null || d.day() == null && d.month() == null && d.year() == null) return null;
        return java.util.stream.Stream.of(d.day(), d.month(), d.year()).map(v -> v == null ? "…" : String.format("%02d", v))
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

        private String coReceivers;
        private String channel;

        public String getCoReceivers() { return coReceivers; }
        public void setCoReceivers(String coReceivers) { this.coReceivers = coReceivers; }
        public String getChannel() { return channel; }
        public void setChannel(String channel) { this.channel = channel; }
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
    public String getPeriodPart() { return periodPart; }
    public void setPeriodPart(String periodPart) { this.periodPart = periodPart; }
    public String getBases() { return bases; }
    public void setBases(String bases) { this.bases = bases; }
    public List<Outline.Part> getOutline() { return outline; }
    public void setOutline(List<Outline.Part> outline) { this.outline = outline == null ? new ArrayList<>() : outline; }
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
