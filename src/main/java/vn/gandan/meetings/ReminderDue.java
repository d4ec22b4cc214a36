package vn.gandan.meetings;

import java.time.LocalDate;

/**
 * A reminder the meetings module wants sent today. {@code key} is unique per reminder ever (the notifications module
 * sends each key once, across nodes); {@code topic} ∈ MEETING_SOON, MINUTES_PENDING, PUBLISH_PENDING, COMMENTS_CLOSING,
 * DIALOGUE_DUE, DIALOGUE_OVERDUE, FINDING_REPLY_DUE, FINDING_REPLY_OVERDUE; its text is
 * {@code meetings.remind.<topic>.subject/.body} with {@code args}; {@code everyone} = all people of the unit (the
 * attendees), otherwise its organisers (leaders and specialists).
 */
public record ReminderDue(String key, long unitId, String topic, LocalDate due, String link, boolean everyone,
                          Object... args) {

    public String subjectKey() {
        return "meetings.remind." + topic + ".subject";
    }

    public String bodyKey() {
        return "meetings.remind." + topic + ".body";
    }
}
