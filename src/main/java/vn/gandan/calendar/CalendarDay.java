package vn.gandan.calendar;

import java.time.LocalDate;

/** A holiday, a day off in lieu or a working weekend day; {@code proposed} when computed, not official. */
public record CalendarDay(LocalDate date, String name, DayKind kind, boolean proposed) {
}
