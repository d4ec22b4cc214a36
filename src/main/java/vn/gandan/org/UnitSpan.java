package vn.gandan.org;

import java.time.LocalDate;

/** A unit and the days (inclusive) during which it belonged to a subtree. */
public record UnitSpan(long unitId, LocalDate from, LocalDate to) {
}
