package vn.gandan.plans;

import java.time.LocalDate;
import java.util.List;
import vn.gandan.shared.Texts;

/** The editable content of a plan (the body of {@code POST /api/v1/plans} without tasks). */
public record PlanContent(String title, String place, Period period, List<BaseRef> baseRefs, List<Section> sections,
                          List<ReportDeadline> reportDeadlines, List<String> recipients, List<Signer> signers,
                          List<String> footnotes) {

    public PlanContent {
        title = Texts.clean(title);
        place = Texts.clean(place);
        baseRefs = baseRefs == null ? List.of() : List.copyOf(baseRefs);
        sections = sections == null ? List.of() : List.copyOf(sections);
        reportDeadlines = reportDeadlines == null ? List.of() : List.copyOf(reportDeadlines);
        recipients = recipients == null ? List.of() : recipients.stream().map(Texts::clean).toList();
        signers = signers == null ? List.of() : List.copyOf(signers);
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
    }

    /** YEAR "2026" or SCHOOL_YEAR "2025-2026". */
    public record Period(String kind, String value) {
        public int startYear() {
            return Integer.parseInt(value.substring(0, 4));
        }
    }

    /**
     * A basis (căn cứ): another plan in the system, or a citation kept as text — linked to the legal registry entry
     * with the same number and symbol when there is one ({@code legalDocumentId}).
     */
    public record BaseRef(Long planId, String citation, Long legalDocumentId) {
        public BaseRef(Long planId, String citation) {
            this(planId, citation, null);
        }
    }

    public record Section(String heading, String body, List<Item> items) {
        public Section {
            items = items == null ? List.of() : List.copyOf(items);
        }
    }

    public record Item(String heading, String body, List<String> subItems) {
        public Item {
            subItems = subItems == null ? List.of() : List.copyOf(subItems);
        }
    }

    /**
     * A report the plan asks for: its period (OTHER: a one-off report on that date), the date it is due, to whom
     * (e.g. "Phòng GDĐT"; null: the issuer) and how it is sent (e.g. "qua email lehongphuc1975@gmail.com"; optional).
     */
    /**
     * A report the plan asks for. {@code coReceiverUnitIds} (additive, defect 12): the units that receive it beside the
     * issuer (the main receiver up the tree); {@code null} = not stated (a regime already in force keeps its own),
     * an empty list = none.
     */
    public record ReportDeadline(String period, LocalDate due, String recipient, String channel,
                                 List<Long> coReceiverUnitIds) {
        public ReportDeadline {
            recipient = Texts.clean(recipient);
            channel = Texts.clean(channel);
            coReceiverUnitIds = coReceiverUnitIds == null ? null
                    : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(coReceiverUnitIds));
        }

        public ReportDeadline(String period, LocalDate due, String recipient, String channel) {
            this(period, due, recipient, channel, null);
        }

        public ReportDeadline(String period, LocalDate due, String recipient) {
            this(period, due, recipient, null, null);
        }

        public ReportDeadline(String period, LocalDate due) {
            this(period, due, null, null, null);
        }
    }

    /** onBehalf: "TM." / "KT." / "TL." / "TUQ." (Party "T/M", "K/T", "T/L") with what it refers to, e.g. "KT. TRƯỞNG PHÒNG". */
    public record Signer(String name, String title, String onBehalf) {}
}
