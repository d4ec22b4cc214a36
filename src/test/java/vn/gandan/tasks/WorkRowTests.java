package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.gandan.TestMessages;

/** Issue 14, item 5: the task list's row strings, built in the handler, say what the template said per row. */
class WorkRowTests {

    private static StaticMessageSource messages() {
        return TestMessages.vi("tasks.role.lead", "Chủ trì", "tasks.role.coordinator", "Phối hợp (chủ trì: {0})",
                "tasks.nextDue", "Hạn: {0}", "tasks.status.IN_PROGRESS", "Đang thực hiện", "tasks.recurrence.MONTHLY",
                "Hằng tháng");
    }

    private static TaskView task(Long lead, LocalDate next) {
        return new TaskView(5, 9, "Báo cáo tháng", lead, List.of(), null, Recurrence.MONTHLY, "IN_PROGRESS", 40, false,
                next, "KH 1", null);
    }

    @Test
    void theListsOwnUnitLeadsAndTheNextDueDateIsInItsSentence() {
        WorkRow row = new WorkRow.Builder(messages(), TestMessages.VI, 3, Map.of()).row(task(3L, LocalDate.of(2026, 12, 31)));
        assertThat(row.role()).isEqualTo("Chủ trì");
        assertThat(row.nextDue()).isEqualTo("Hạn: 31/12/2026");
        assertThat(row.status()).isEqualTo("Đang thực hiện");
        assertThat(row.recurrence()).isEqualTo("Hằng tháng");
        assertThat(row.progressClass()).isEqualTo("pct-40");
        assertThat(row.progressText()).isEqualTo("40%");
    }

    @Test
    void anotherUnitLeadingIsNamedAndNoNextDueShowsNothing() {
        WorkRow row = new WorkRow.Builder(messages(), TestMessages.VI, 3, Map.of(8L, "Phòng GD&ĐT Phú Giáo")).row(task(8L, null));
        assertThat(row.role()).isEqualTo("Phối hợp (chủ trì: Phòng GD&ĐT Phú Giáo)");
        assertThat(row.nextDue()).isNull();
    }
}
