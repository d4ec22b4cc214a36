package vn.gandan.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.gandan.shared.FieldProblem;

/**
 * Rule E3 (rules.md: each level in a roll-up gets its own earlier deadline) compares a plan's report deadlines only
 * with the upper plan's deadlines of the same report. Before, any two OTHER (one-off) deadlines were compared, so a
 * school's own one-off report was refused for coming after an unrelated one-off of the Phòng.
 */
class ReportDeadlineLevelsTest {

    private static final Set<String> PHONG = Set.of("Phòng Giáo dục và Đào tạo Phú Giáo", "Phòng GDĐT Phú Giáo");
    private static final Set<String> SCHOOL = Set.of("Trường Tiểu học Phước Sang", "TH Phước Sang");

    private static PlanContent plan(PlanContent.ReportDeadline... deadlines) {
        return new PlanContent("Kế hoạch", "Phú Giáo", new PlanContent.Period("YEAR", "2026"), List.of(), List.of(),
                List.of(deadlines), List.of(), List.of(), List.of());
    }

    private static PlanContent.ReportDeadline oneOff(String due, String recipient) {
        return new PlanContent.ReportDeadline("OTHER", LocalDate.parse(due), recipient);
    }

    @Test
    void aOneOffReportToAnotherReceiverIsNotTheUpperLevelsOneOff_E3() {
        PlanContent phong = plan(oneOff("2026-03-10", null)); // the schools report to the Phòng on 10/03
        PlanContent school = plan(oneOff("2026-05-20", null)); // the school's own staff report to the school on 20/05
        assertThat(ReportDeadlineLevels.deadlineProblems(school, SCHOOL, phong, PHONG)).as("the old false refusal").isEmpty();
        PlanContent toTheSo = plan(oneOff("2026-05-20", "Sở GDĐT Bình Dương"));
        assertThat(ReportDeadlineLevels.deadlineProblems(toTheSo, SCHOOL, phong, PHONG)).isEmpty();
    }

    @Test
    void aOneOffReportToTheUpperIssuerMustComeBeforeTheUpperOneOff_E3() {
        PlanContent phong = plan(oneOff("2026-03-10", null));
        PlanContent derived = plan(oneOff("2026-03-12", "Phòng Giáo dục và Đào tạo Phú Giáo"));
        List<FieldProblem> p = ReportDeadlineLevels.deadlineProblems(derived, SCHOOL, phong, PHONG);
        assertThat(p).extracting(FieldProblem::field).containsExactly("reportDeadlines[0].due");
        assertThat(p.get(0).messageKey()).isEqualTo("plans.validation.deadlineAfterBase");
        assertThat(ReportDeadlineLevels.deadlineProblems(plan(oneOff("2026-03-05", "phòng gdđt phú giáo")), SCHOOL, phong, PHONG))
                .as("named by its short name, in time").isEmpty();
        PlanContent named = plan(oneOff("2026-03-10", "Phòng GDĐT Phú Giáo")); // the demo Phòng names itself
        assertThat(ReportDeadlineLevels.deadlineProblems(plan(oneOff("2026-03-12", "Phòng Giáo dục và Đào tạo Phú Giáo")), SCHOOL, named, PHONG))
                .as("the same receiver written out").hasSize(1);
        PlanContent bothToTheSo = plan(oneOff("2026-03-10", "Sở GDĐT Bình Dương"));
        assertThat(ReportDeadlineLevels.deadlineProblems(plan(oneOff("2026-03-11", "Sở GDĐT Bình Dương")), SCHOOL, bothToTheSo, PHONG))
                .hasSize(1);
    }

    @Test
    void aPeriodicReportMustComeBeforeTheUpperLevelsSamePeriod_E3() {
        PlanContent phong = plan(new PlanContent.ReportDeadline("ANNUAL", LocalDate.parse("2026-11-20"), "Sở GDĐT Bình Dương"),
                oneOff("2026-03-10", null));
        PlanContent school = plan(new PlanContent.ReportDeadline("SIX_MONTH", LocalDate.parse("2026-12-16"), null),
                new PlanContent.ReportDeadline("ANNUAL", LocalDate.parse("2026-12-16"), null));
        assertThat(ReportDeadlineLevels.deadlineProblems(school, SCHOOL, phong, PHONG)).extracting(FieldProblem::field)
                .containsExactly("reportDeadlines[1].due");
    }
}
