package vn.gandan.calendar;

/** How a listed day differs from the ordinary working week. */
public enum DayKind {
    /** A public holiday (ngày lễ, Tết). */
    HOLIDAY,
    /** A day off in lieu: nghỉ bù for a holiday on a rest day, or a swapped day (hoán đổi). */
    COMPENSATORY_DAY_OFF,
    /** A rest day declared a working day (làm bù). */
    WORKING_DAY;

    boolean isDayOff() {
        return this != WORKING_DAY;
    }
}
