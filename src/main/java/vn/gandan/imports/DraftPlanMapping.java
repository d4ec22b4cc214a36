package vn.gandan.imports;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import vn.gandan.plans.PlanCommand;
import vn.gandan.plans.PlanContent;
import vn.gandan.plans.PlanKind;
import vn.gandan.shared.Texts;

/**
 * The reviewed fields of an imported document as a draft plan of one unit: every basis worded as in the source (plans
 * links those that name a plan of the system), the whole text under its headings (see {@link OutlineSections}; without
 * an outline, the numbered tasks as items of the tasks section), report deadlines with a date, recipients and signers.
 * Tasks stay empty: an imported text names no lead unit the system knows.
 */
final class DraftPlanMapping {

    static final Set<String> REPORT_PERIODS = Set.of("QUARTER_1", "QUARTERLY", "SIX_MONTH", "NINE_MONTH", "ANNUAL", "OTHER");
    static final String TASKS_HEADING = "NHIỆM VỤ";

    private DraftPlanMapping() {
    }

    /** As below, naming no co-receiver the system holds (the text's names are kept in the recipient's wording). */
    static PlanCommand toCommand(ReviewForm f, long unitId) {
        return toCommand(f, unitId, name -> Optional.empty());
    }

    static PlanCommand toCommand(ReviewForm f, long unitId, Function<String, Optional<Long>> unitByName) {
        boolean implementing = DocKinds.draft(f.getKind()) == DocKinds.Draft.IMPLEMENTING_PLAN;
        List<PlanContent.BaseRef> bases = (implementing ? ImplementingPlan.bases(f) : ReviewForm.lines(f.getBases())).stream()
                .map(c -> new PlanContent.BaseRef(null, c)).toList();
        List<PlanContent.ReportDeadline> deadlines = new ArrayList<>();
        for (ReviewForm.DeadlineRow d : f.getDeadlines()) {
            LocalDate due = date(d.getDue());
            if (due != null) {
                deadlines.add(new PlanContent.ReportDeadline(REPORT_PERIODS.contains(d.getPeriod()) ? d.getPeriod() : "OTHER", due,
                        blank(d.getRecipient()) ? null : d.getRecipient(), blank(d.getChannel()) ? null : d.getChannel(),
                        coReceivers(d.getCoReceivers(), unitId, unitByName)));
            }
        }
        List<PlanContent.Signer> signers = f.getSigners().stream()
                .filter(s -> !blank(s.getName()) || !blank(s.getTitle()))
                .map(s -> new PlanContent.Signer(s.getName(), s.getTitle(), blank(s.getOnBehalf()) ? null : s.getOnBehalf()))
                .toList();
        return new PlanCommand(kind(f.getKind()), List.of(unitId), implementing ? ImplementingPlan.title(f) : f.getTitle(),
                new PlanContent.Period(blank(f.getPeriodKind()) ? "YEAR" : f.getPeriodKind(), f.getPeriodValue()),
                implementing ? null : f.getPlace(), bases, sections(f), List.of(), deadlines,
                implementing ? List.of() : ReviewForm.lines(f.getRecipients()), implementing ? List.of() : signers, List.of());
    }

    /**
     * Defect 12: the co-receivers read or typed (comma separated) that name one unit of the system; a body the system
     * does not hold stays in the recipient's wording only. Null when none is named (the regime keeps its own).
     */
    static List<Long> coReceivers(String text, long unitId, Function<String, Optional<Long>> unitByName) {
        if (blank(text)) {
            return null;
        }
        List<Long> ids = new ArrayList<>();
        for (String name : text.split("[,;]")) {
            unitByName.apply(name.strip()).filter(u -> u != unitId && !ids.contains(u)).ifPresent(ids::add);
        }
        return ids.isEmpty() ? null : ids;
    }

    /** Defect 12: the typed or read co-receivers that name no unit of the system (the page warns about them in place). */
    static List<String> unmatched(String text, Function<String, Optional<Long>> unitByName) {
        if (blank(text)) {
            return List.of();
        }
        return java.util.Arrays.stream(text.split("[,;]")).map(String::strip).filter(n -> !n.isEmpty())
                .filter(n -> unitByName.apply(n).isEmpty()).distinct().toList();
    }

    /**
     * A joint plan becomes a plan of the chosen unit (its partners are not units the reviewer picked); a decision or
     * other document to carry out becomes the plan implementing it ({@link ImplementingPlan}).
     */
    static PlanKind kind(String docKind) {
        return "CONG_VAN".equals(docKind) ? PlanKind.CONG_VAN : PlanKind.KE_HOACH;
    }

    /** Section headings in order; the numbered tasks become the items of the first tasks/content section (or a new one). */
    static List<PlanContent.Section> sections(ReviewForm f) {
        if (!f.getOutline().isEmpty()) {
            return OutlineSections.of(f.getOutline(), ReviewForm.lines(f.getBases()), ReviewForm.lines(f.getSections()));
        }
        List<PlanContent.Item> items = f.getTasks().stream().filter(t -> !blank(t.getHeading()))
                .map(t -> new PlanContent.Item(t.getHeading(), null, List.of())).toList();
        List<String> headings = ReviewForm.lines(f.getSections());
        int target = -1;
        for (int i = 0; i < headings.size() && target < 0; i++) {
            String h = Texts.fold(headings.get(i));
            if (h.startsWith("nhiem vu") || h.startsWith("noi dung") || h.contains("nhiem vu trong tam") || h.startsWith("cac nhiem vu")) {
                target = i;
            }
        }
        List<PlanContent.Section> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            out.add(new PlanContent.Section(headings.get(i), null, i == target ? items : List.of()));
        }
        if (target < 0 && !items.isEmpty()) {
            out.add(new PlanContent.Section(TASKS_HEADING, null, items));
        }
        return out;
    }

    private static LocalDate date(String s) {
        try {
            return blank(s) ? null : LocalDate.parse(s.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
