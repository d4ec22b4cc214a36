package vn.gandan.plans;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.Texts;

/**
 * Rule E3 between a plan and the plans it implements: each level in a roll-up gets its own earlier deadline, so a plan's
 * report deadline must fall before the upper plan's deadline of the same report ({@link PlanChecks#deadlinesBeforeBases}
 * applies it to each base plan).
 */
final class ReportDeadlineLevels {

    private static final java.time.format.DateTimeFormatter DATE = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ReportDeadlineLevels() {
    }

    /**
     * Rule E3 against one upper plan: a deadline is refused when it does not fall before the upper plan's deadline of
     * the same report ({@link #sameReport}). {@code ownIssuer}, {@code baseIssuer}: the names (full and short) of each
     * plan's first issuer, the receiver of a deadline that names none.
     */
    static List<FieldProblem> deadlineProblems(PlanContent c, Set<String> ownIssuer, PlanContent base, Set<String> baseIssuer) {
        List<FieldProblem> p = new ArrayList<>();
        for (int i = 0; i < c.reportDeadlines().size(); i++) {
            PlanContent.ReportDeadline d = c.reportDeadlines().get(i);
            if (d.due() == null) continue;
            String field = "reportDeadlines[" + i + "].due";
            base.reportDeadlines().stream()
                    .filter(u -> u.due() != null && sameReport(d, ownIssuer, u, baseIssuer) && !d.due().isBefore(u.due()))
                    .findFirst().ifPresent(u -> p.add(FieldProblem.of(field, "plans.validation.deadlineAfterBase", DATE.format(u.due()))));
        }
        return p;
    }

    /**
     * Whether a lower plan's deadline and an upper plan's are obligations of the same report. A periodic report (the
     * plan form's quarterly, six-month, yearly … report) is one report up the levels: the same period kind. A one-off
     * report (OTHER) is a report of its own: only the one for the same receiver (a derived plan's copy names the upper
     * issuer) is the same; a one-off the lower unit asks of its own units, or one to another body, is not.
     */
    static boolean sameReport(PlanContent.ReportDeadline lower, Set<String> lowerIssuer,
                              PlanContent.ReportDeadline upper, Set<String> upperIssuer) {
        if (lower.period() == null || !lower.period().equals(upper.period())) return false;
        if (!"OTHER".equals(lower.period())) return true;
        Set<String> a = receiver(lower, lowerIssuer);
        return receiver(upper, upperIssuer).stream().anyMatch(a::contains);
    }

    private static Set<String> receiver(PlanContent.ReportDeadline d, Set<String> issuer) {
        Set<String> names = d.recipient() == null || d.recipient().isBlank() ? issuer : Set.of(d.recipient());
        return names.stream().map(ReportDeadlineLevels::receiverKey).filter(n -> n != null).collect(java.util.stream.Collectors.toSet());
    }

    /** A receiver's name compared loosely: case, spacing and "Giáo dục và Đào tạo" written out or as "GDĐT". */
    static String receiverKey(String name) {
        String t = Texts.clean(name);
        if (t == null || t.isBlank()) return null;
        return t.toLowerCase(java.util.Locale.ROOT).replace("giáo dục và đào tạo", "gdđt").replace("giáo dục - đào tạo", "gdđt")
                .replaceAll("\\s+", " ").strip();
    }
}
