package vn.gandan.meetings;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A meeting as pages and {@code GET /api/v1/meetings/{id}} show it: agenda, attendance, minutes with the opinions
 * (each with its answer and the follow-up task's progress), comments on the shared minutes. {@code status} ∈
 * SCHEDULED, MINUTES_DRAFT, SHARED, PUBLISHED, CANCELLED; {@code taskId} a plan's task the meeting carried out;
 * {@code turnout} present in percent of invited; {@code delegateMode} a conference of delegates (G5, ≥ ⚙ 100 staff);
 * {@code quorumMet} for a staff conference: at least ⚙ 2/3 of those convened (or of the delegates) present.
 */
public record MeetingView(long id, long unitId, MeetingKind kind, String title, LocalDate heldOn, String startsAt,
                          String place, String chair, String status, boolean extraordinary, Integer invited,
                          Integer present, String minutes, LocalDate commentsUntil, LocalDate publishedOn,
                          String resolution, String disclosureRef, Long taskId, List<Participant> participants,
                          List<Opinion> opinions, List<Item> items, List<Comment> comments, Integer commitmentsProgress,
                          boolean delegateMode, Integer turnout, Boolean quorumMet) {

    /** Commitments (opinions with a task) and their average progress, 0–100 (null without commitments). */
    static Integer progressOf(List<Opinion> opinions) {
        List<Opinion> c = opinions.stream().filter(o -> o.taskId() != null && o.progress() != null).toList();
        return c.isEmpty() ? null : (int) Math.round(c.stream().mapToInt(Opinion::progress).average().orElse(0));
    }

    /** An invitee (a person of the unit's register, or a guest), whether they came, and whether a delegate elected by whom. */
    public record Participant(long id, String name, String position, boolean present, Long personId, boolean delegate,
                              String electedBy) {
    }

    /**
     * An opinion raised, its answer, and — when it became a commitment — the task with its lead unit, due date,
     * status and progress as they stand today.
     */
    public record Opinion(long id, String content, String raisedBy, String answer, Long taskId, String taskTitle,
                          Long leadUnitId, LocalDate due, String taskStatus, Integer progress, Boolean overdue,
                          boolean answered) {
    }

    /** An agenda item: DECIDE (vote, G3), CONSULT (consultation before approval, G4) or REPORT. */
    public record Item(long id, String kind, String title, Integer eligible, Integer present, Integer votesFor,
                       Integer votesAgainst, Integer abstentions, LocalDate votedOn, String consultationForm,
                       LocalDate consultationOn, String consultationSummary, LocalDate approvedOn, String approvedBy,
                       Integer turnout, String result) {

        /**
         * An item as stored, with its turnout in percent of those eligible and its result: PASSED when more than half of
         * those present voted for, REJECTED otherwise (both null without a vote).
         */
        public static Item of(long id, String kind, String title, Integer eligible, Integer present, Integer votesFor,
                              Integer votesAgainst, Integer abstentions, LocalDate votedOn, String consultationForm,
                              LocalDate consultationOn, String consultationSummary, LocalDate approvedOn, String approvedBy) {
            Integer turnout = eligible == null || present == null || eligible == 0 ? null : Math.round(present * 100f / eligible);
            String result = votesFor == null || present == null ? null : Votes.passed(votesFor, present) ? "PASSED" : "REJECTED";
            return new Item(id, kind, title, eligible, present, votesFor, votesAgainst, abstentions, votedOn, consultationForm,
                    consultationOn, consultationSummary, approvedOn, approvedBy, turnout, result);
        }
    }

    public record Comment(long id, String body, String createdBy, OffsetDateTime createdAt) {
    }
}
