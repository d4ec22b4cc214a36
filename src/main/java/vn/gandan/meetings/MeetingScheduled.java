package vn.gandan.meetings;

import java.time.LocalDate;

/** A meeting was scheduled (organisers are reminded before it; calendars show it). */
public record MeetingScheduled(long meetingId, long unitId, MeetingKind kind, String title, LocalDate heldOn) {
}
