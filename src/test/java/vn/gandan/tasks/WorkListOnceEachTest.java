package vn.gandan.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Defect 6: a unit's work list shows an upper task once when the unit's own plan copied it — matched by the stored link. */
class WorkListOnceEachTest {

    private static TaskRow row(long id, long issuer, String title, Long derivedFrom) {
        LocalDate d = LocalDate.of(2026, 1, 1);
        return new TaskRow(id, 100 + issuer, issuer, "Kế hoạch", d, d.plusYears(1), title, 5, d.plusMonths(6),
                Recurrence.ONCE, true, TaskStatus.NOT_STARTED, 0, d.plusMonths(6), List.of(), derivedFrom);
    }

    @Test
    void aCopiedTaskHidesItsUpperTaskByTheStoredLinkNotByTitle_defect6() {
        List<TaskRow> rows = List.of(
                row(1, 10, "Tổ chức đối thoại", null),
                row(2, 5, "Tổ chức đối thoại với giáo viên (trường bổ sung)", 1L),
                row(3, 10, "Công khai tài chính", null),
                row(4, 5, "Công khai tài chính", null));
        assertThat(TaskQueries.onceEach(rows, 5)).extracting(TaskRow::id).containsExactly(2L, 3L, 4L);
    }
}
