package vn.gandan.plans;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongFunction;
import vn.gandan.documents.OfficialDocument.Block;

/**
 * The plan's task assignment table (bảng phân công) as printed in the document: one line per task, the units that
 * lead it (a task given to many units at once is one line naming them all), who coordinates, and when it is due.
 */
final class PlanAssignments {

    static final String HEADING = "PHÂN CÔNG NHIỆM VỤ";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> RECURRENCE = Map.of("MONTHLY", "hằng tháng", "QUARTERLY", "hằng quý",
            "SEMI_ANNUAL", "6 tháng một lần", "ANNUAL", "hằng năm", "CONTINUOUS", "thường xuyên");

    private PlanAssignments() {
    }

    /** The numbered lines of the table; {@code names} gives a unit's name. Empty when the plan assigns no task. */
    static List<Block> lines(List<PlanCommand.Task> tasks, LongFunction<String> names) {
        Map<String, List<PlanCommand.Task>> same = new LinkedHashMap<>();
        for (PlanCommand.Task t : tasks) {
            same.computeIfAbsent(t.title() + "|" + t.due() + "|" + t.recurrence() + "|" + t.assigneeUnitIds(),
                    k -> new ArrayList<>()).add(t);
        }
        List<Block> out = new ArrayList<>();
        int n = 1;
        for (List<PlanCommand.Task> group : same.values()) {
            out.add(Block.paragraph(n++ + ".", line(group, names)));
        }
        return out;
    }

    private static String line(List<PlanCommand.Task> group, LongFunction<String> names) {
        PlanCommand.Task t = group.get(0);
        StringBuilder b = new StringBuilder(t.title());
        List<String> leads = group.stream().filter(x -> x.leadUnitId() != null).map(x -> names.apply(x.leadUnitId())).toList();
        if (!leads.isEmpty()) b.append(". Đơn vị chủ trì: ").append(String.join(", ", leads));
        if (!t.assigneeUnitIds().isEmpty()) {
            b.append(". Đơn vị phối hợp: ").append(String.join(", ", t.assigneeUnitIds().stream().map(names::apply).toList()));
        }
        String when = RECURRENCE.get(t.recurrence());
        if (t.due() != null && when == null) b.append(". Thời hạn: ").append(DATE.format(t.due()));
        else if (when != null) b.append(". Thời hạn: ").append(when).append(t.due() == null ? "" : ", bắt đầu " + DATE.format(t.due()));
        return b.append('.').toString();
    }
}
