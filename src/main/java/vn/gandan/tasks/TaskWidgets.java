package vn.gandan.tasks;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.shared.DashboardWidget;

/** The home card "Việc sắp đến hạn": open tasks of the caller's units overdue or due within two weeks. */
@Component
class TaskWidgets implements DashboardWidget {

    static final int DAYS = 14;

    private final TaskQueries queries;
    private final AccessService access;

    TaskWidgets(TaskQueries queries, AccessService access) {
        this.queries = queries;
        this.access = access;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public Optional<Panel> panel() {
        if (access.caller().map(c -> c.grants().isEmpty()).orElse(true)) {
            return Optional.empty();
        }
        List<TaskView> soon = queries.dueSoonForCaller(DAYS, 6);
        return Optional.of(new Panel("tasks/widgets", "dueSoon", Map.of("tasks", soon, "days", DAYS)));
    }
}
