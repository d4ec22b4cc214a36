package vn.gandan.petitions;

import java.time.LocalDate;
import vn.gandan.calendar.DayType;

/** One legal figure in force on a day: its code, value, how its days are counted and where the law says so. */
record LegalRule(String code, LocalDate effectiveFrom, int value, DayType dayType, String legalBasis) {
}
