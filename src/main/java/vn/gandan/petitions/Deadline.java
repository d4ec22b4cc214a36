package vn.gandan.petitions;

import java.time.LocalDate;
import vn.gandan.calendar.DayType;

/** A due date with the period it comes from, how that period is counted and its legal basis (shown with it). */
public record Deadline(String name, LocalDate due, int days, DayType dayType, String legalBasis) {
}
