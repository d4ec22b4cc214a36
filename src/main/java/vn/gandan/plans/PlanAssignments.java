package vn.gandan.plans;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import vn.gandan.documents.OfficialDocument.Block;
import vn.gandan.documents.OfficialDocument.Table;

/**
 * The plan's task assignment table (bảng phân công) as printed in the document: one row per task, the units that
 * lead it (a task given to many units at once is one line naming them all), who coordinates, and when it is due.
 */
final class PlanAssignments {

    static final String HEADING = "PHÂN CÔNG NHIỆM VỤ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> RECURRENCE = Map.of("MONTHLY", "hằng tháng", "QUARTERLY", "hằng quý",
            "SEMI_ANNUAL", "6 tháng một lần", "ANNUAL", "hằng năm", "CONTINUOUS", "thường xuyên");

    private PlanAssignments() {
    }

    /** The table's header: TT, task, lead units, coordinating units, completion time. */
    static final List<String> COLUMNS = List.of("TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian hoàn thành");

    /**
     * The table as one document block (item 4): a row per task, a task given to many units at once being one row
     * naming them all; {@code names} gives a unit's name. Empty when the plan assigns no task.
     */
    static List<Block> table(List<PlanCommand.Task> tasks, LongFunction<String> names) {
        Map<String, List<PlanCommand.Task>> same = new LinkedHashMap<>();
        for (PlanCommand.Task t : tasks) {
            same.computeIfAbsent(t.title() + "|" + t.due() + "|" + t.recurrence() + "|" + t.assigneeUnitIds(),
                    k -> new ArrayList<>()).add(t);
        }
        if (same.isEmpty()) return List.of();
        List<List<String>> rows = new ArrayList<>();
        int n = 1;
        for (List<PlanCommand.Task> group : same.values()) {
            rows.add(row(n++, group, names));
        }
        return List.of(Block.table(new Table(COLUMNS, rows)));
    }

    private static List<String> row(int n, List<PlanCommand.Task> group, LongFunction<String> names) {
        PlanCommand.Task t = group.get(0);
        List<String> leads = group.stream().filter(x -> x.leadUnitId() != null).map(x -> names.apply(x.leadUnitId())).toList();
        String coordinating = String.join(", ", t.assigneeUnitIds().stream().map(names::apply).toList());
        return List.of(Integer.toString(n), t.title(), String.join(", ", leads), coordinating, when(t));
    }

    private static String when(PlanCommand.Task t) {
        String every = RECURRENCE.get(t.recurrence());
        if (every == null) return t.due() == null ? "" : DATE.format(t.due());
        return t.due() == null ? every : every + ", bắt đầu " + DATE.format(t.due());
    }
}
