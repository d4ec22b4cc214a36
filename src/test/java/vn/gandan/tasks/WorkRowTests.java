package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

/** Issue 14, item 5: the task list's row strings, built in the handler, say what the template said per row. */
class WorkRowTests {

    private static final Locale VI = Locale.forLanguageTag("vi");

    private static StaticMessageSource messages() {
        StaticMessageSource m = new StaticMessageSource();
        m.addMessage("tasks.role.lead", VI, "Chủ trì");
        m.addMessage("tasks.role.coordinator", VI, "Phối hợp (chủ trì: {0})");
        m.addMessage("tasks.nextDue", VI, "Hạn: {0}");
        m.addMessage("tasks.status.IN_PROGRESS", VI, "Đang thực hiện");
        m.addMessage("tasks.recurrence.MONTHLY", VI, "Hằng tháng");
        return m;
    }

    private static TaskView task(Long lead, LocalDate next) {
        return new TaskView(5, 9, "Báo cáo tháng", lead, List.of(), null, Recurrence.MONTHLY, "IN_PROGRESS", 40, false,
                next, "KH 1", null);
    }

    @Test
    void theListsOwnUnitLeadsAndTheNextDueDateIsInItsSentence() {
        WorkRow row = new WorkRow.Builder(messages(), VI, 3, Map.of()).row(task(3L, LocalDate.of(2026, 12, 31)));
        assertThat(row.role()).isEqualTo("Chủ trì");
        assertThat(row.nextDue()).isEqualTo("Hạn: 31/12/2026");
        assertThat(row.status()).isEqualTo("Đang thực hiện");
        assertThat(row.recurrence()).isEqualTo("Hằng tháng");
        assertThat(row.progressClass()).isEqualTo("pct-40");
        assertThat(row.progressText()).isEqualTo("40%");
    }

    @Test
    void anotherUnitLeadingIsNamedAndNoNextDueShowsNothing() {
        WorkRow row = new WorkRow.Builder(messages(), VI, 3, Map.of(8L, "Phòng GD&ĐT Phú Giáo")).row(task(8L, null));
        assertThat(row.role()).isEqualTo("Phối hợp (chủ trì: Phòng GD&ĐT Phú Giáo)");
        assertThat(row.nextDue()).isNull();
    }
}
