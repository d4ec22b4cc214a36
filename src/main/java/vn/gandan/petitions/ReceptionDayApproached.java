package vn.gandan.petitions;

import java.time.LocalDate;

/** A head's scheduled reception day came within the reminder window (published once per schedule and day). */
public record ReceptionDayApproached(long unitId, long scheduleId, LocalDate day, String hostName, String hostPosition,
                                     String place) {
}
