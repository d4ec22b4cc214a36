package vn.gandan.meetings;

import java.time.LocalDate;
import java.util.List;

/** What callers send to schedule a meeting and record its minutes (JSON of the API, fields of the forms). */
public final class MeetingCommands {

    private MeetingCommands() {
    }

    /** A meeting to schedule; {@code kind} one of {@link MeetingKind}, checked with a field error. */
    public record NewMeeting(Long unitId, String kind, LocalDate heldOn, String title, String place, String startsAt,
                             String chair, Boolean extraordinary) {
    }

    /** Minutes: the summary text, attendance figures, and the opinions raised (added to those already recorded). */
    public record Minutes(String minutes, Integer invited, Integer present, List<OpinionInput> opinions) {
    }

    /** An opinion: what was said, by whom, the answer given, and a commitment to turn into a task. */
    public record OpinionInput(String content, String raisedBy, String answer, FollowUp followUp) {
    }

    /** A commitment: the task's title, the unit that leads it and its due date. */
    public record FollowUp(String title, Long leadUnitId, LocalDate due) {
    }

    /**
     * Invitees to add: all current staff of the unit ({@code allStaff}), chosen people of the unit ({@code personIds}),
     * and named guests. In delegate mode (G5, a conference of a unit with ≥ ⚙ 100 staff) every invitee is a delegate
     * and {@code electedBy} (the group that elected or listed them) is required; all staff cannot be invited.
     */
    public record Invitees(Boolean allStaff, List<Long> personIds, List<Guest> guests, String electedBy) {
    }

    /** A named invitee outside the unit's register. */
    public record Guest(String name, String position) {
    }

    /** Attendance: the ids of the invitees present (every other invitee is recorded absent). */
    public record Attendance(List<Long> present) {
    }
}
