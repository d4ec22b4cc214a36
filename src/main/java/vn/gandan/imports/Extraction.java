package vn.gandan.imports;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;

/**
 * What the importer read from one document, in the seeds schema (snake_case in JSON), with a confidence in [0, 1]
 * per field and the document's outline (every paragraph under its heading) for the draft plan.
 */
@JsonPropertyOrder({"file", "doc_kind", "number", "symbol", "issue_place", "issue_date", "issuers", "parent_issuer",
        "title", "period", "bases", "base_texts", "citations", "sections", "tasks", "report_deadlines", "recipients", "signers",
        "confidence", "outline"})
record Extraction(
        String file,
        @JsonProperty("doc_kind") String docKind,
        Integer number,
        String symbol,
        @JsonProperty("issue_place") String issuePlace,
        @JsonProperty("issue_date") DateParts issueDate,
        List<String> issuers,
        @JsonProperty("parent_issuer") String parentIssuer,
        String title,
        Period period,
        List<Cited> bases,
        @JsonProperty("base_texts") List<String> baseTexts,
        List<Cited> citations,
        List<String> sections,
        List<Task> tasks,
        @JsonProperty("report_deadlines") List<Deadline> reportDeadlines,
        List<String> recipients,
        List<Signer> signers,
        Map<String, Double> confidence,
        List<Outline.Part> outline) {

    /** Day, month and year as written; each null when the document leaves it blank. */
    record DateParts(Integer day, Integer month, Integer year) {
        static final DateParts BLANK = new DateParts(null, null, null);
    }

    /**
     * YEAR "2025" or SCHOOL_YEAR "2023-2024", always with its value (no year read: no period at all); additive, left out
     * when the whole period is meant: the part the title names (HALF_1, HALF_2, NINE_MONTHS, QUARTER_1…4, SEMESTER_1/2,
     * MONTH_1…12).
     */
    record Period(String kind, String value, @JsonInclude(JsonInclude.Include.NON_NULL) String part) {
        Period(String kind, String value) {
            this(kind, value, null);
        }
    }

    /** A cited document; bases leave the title out. */
    record Cited(@JsonProperty("doc_type") String docType, @JsonProperty("number_symbol") String numberSymbol, String date,
            String issuer, String title) {
    }

    /** A numbered item of the main content section with the count of its lettered sub-items. */
    record Task(String number, String heading, int subitems) {
    }

    /**
     * A scheduled report: period, due date, BEFORE/ON, recipient and the sentence it comes from; additive (defect 12):
     * the other bodies it goes to ("và Công đoàn …", "đồng gửi …") and how it is sent ("qua email …").
     */
    record Deadline(String period, DateParts due, String relation, String recipient, String text,
                    @JsonProperty("co_receivers") List<String> coReceivers, String channel) {
        Deadline(String period, DateParts due, String relation, String recipient, String text) {
            this(period, due, relation, recipient, text, List.of(), null);
        }
    }

    /** A signer under "on behalf" lines such as "KT. HIỆU TRƯỞNG". */
    record Signer(String name, String title, @JsonProperty("on_behalf") String onBehalf) {
    }
}
