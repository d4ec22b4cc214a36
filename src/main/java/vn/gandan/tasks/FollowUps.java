package vn.gandan.tasks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Checks of a follow-up task (one not issued by a plan): title, lead unit and due date. */
final class FollowUps {

    private FollowUps() {
    }

    static void check(JdbcClient jdbc, String title, Long leadUnitId, LocalDate due) {
        List<FieldProblem> problems = new ArrayList<>();
        String t = Texts.clean(title);
        if (t == null || t.isEmpty()) problems.add(FieldProblem.of("title", "tasks.error.titleRequired"));
        else if (t.length() > TaskService.MAX_TITLE) problems.add(FieldProblem.of("title", "tasks.error.titleTooLong", TaskService.MAX_TITLE));
        if (leadUnitId == null) problems.add(FieldProblem.of("leadUnitId", "tasks.error.leadRequired"));
        else if (jdbc.sql("select count(*) from org_unit where id = :u").param("u", leadUnitId).query(Integer.class).single() == 0) {
            problems.add(FieldProblem.of("leadUnitId", "tasks.error.unitUnknown"));
        }
        if (due == null) problems.add(FieldProblem.of("due", "tasks.error.dueRequired"));
        if (!problems.isEmpty()) {
            throw ProblemException.invalid("tasks.error.invalid", problems);
        }
    }

    static String label(String sourceLabel) {
        String l = Texts.clean(sourceLabel);
        return l == null || l.isEmpty() ? "—" : l.length() > 600 ? l.substring(0, 600) : l;
    }
}
