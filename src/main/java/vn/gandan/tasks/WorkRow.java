package vn.gandan.tasks;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;

/**
 * One row of a unit's task list as the page shows it (issue 14, item 5): the status and recurrence labels, the unit's
 * role, the next due date in its sentence and the progress bar's class and text, built once in the handler instead of
 * per row in the template. Page-only: the API keeps {@link TaskView}. Public, for SpEL.
 */
public record WorkRow(long id, String title, boolean overdue, String status, String role, String recurrence,
                      String nextDue, long planId, String planLabel, int progress, String progressClass,
                      String progressText) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Builds the rows' strings in the reader's language; labels repeated across rows are looked up once. */
    static final class Builder {
        private final MessageSource messages;
        private final Locale locale;
        private final long unitId;
        private final Map<Long, String> names;
        private final Map<String, String> labels = new HashMap<>();

        Builder(MessageSource messages, Locale locale, long unitId, Map<Long, String> names) {
            this.messages = messages;
            this.locale = locale;
            this.unitId = unitId;
            this.names = names;
        }

        WorkRow row(TaskView t) {
            String role = t.leadUnitId() != null && t.leadUnitId() == unitId ? label("tasks.role.lead")
                    : message("tasks.role.coordinator", names.get(t.leadUnitId()));
            String due = t.nextDue() == null ? null
                    : message("tasks.nextDue", DAY.format(t.nextDue()));
            return new WorkRow(t.id(), t.title(), t.overdue(), label("tasks.status." + t.status()), role,
                    label("tasks.recurrence." + t.recurrence()), due, t.planId(), t.planLabel(), t.progress(),
                    "pct-" + t.progress(), t.progress() + "%");
        }

        private String label(String key) {
            return labels.computeIfAbsent(key, k -> message(k));
        }

        /** As {@code #{key(args)}} does: a missing message shows Thymeleaf's marker, not an error page. */
        private String message(String key, Object... args) {
            return messages.getMessage(key, args, "??" + key + "_" + locale + "??", locale);
        }
    }
}
