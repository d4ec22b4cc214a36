package vn.gandan.calendar;

/** How a legal period is counted: "ngày" are calendar days, "ngày làm việc" working days (rules.md A1). */
public enum DayType {
    CALENDAR, WORKING
}
