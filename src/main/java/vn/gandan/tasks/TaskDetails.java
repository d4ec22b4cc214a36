package vn.gandan.tasks;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Everything the task page and {@code GET /api/v1/tasks/{id}} show, with what the caller may do on it;
 * {@code sourceLink} points to the record a follow-up task came from (null for a plan's task).
 */
public record TaskDetails(@JsonUnwrapped TaskView task, PlanRef plan, List<OccurrenceView> occurrences,
                          List<UpdateView> updates, List<FileView> files, List<CommentView> comments,
                          boolean canReport, boolean canAddEvidence, boolean canComment,
                          String sourceLink) {

    /** One dated occurrence; {@code due} is the working day it is really due. */
    public record OccurrenceView(long id, LocalDate nominal, LocalDate due, OffsetDateTime doneAt, String doneBy,
                                 boolean overdue) {
    }

    /** A progress report: percentage (null when only a note or link), note, link. */
    public record UpdateView(long id, Integer progress, String note, String link, String createdBy, OffsetDateTime createdAt) {
    }

    /** An evidence file without its bytes. */
    public record FileView(long id, String fileName, String contentType, long sizeBytes, String uploadedBy,
                           OffsetDateTime uploadedAt) {
    }

    public record CommentView(long id, String body, String createdBy, OffsetDateTime createdAt) {
    }
}
