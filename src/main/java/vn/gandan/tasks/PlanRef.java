package vn.gandan.tasks;

import java.time.LocalDate;

/** The plan a task belongs to, as tasks need to show it. label e.g. "Kế hoạch 12/KH-PGDĐT" or the title of a draft. */
public record PlanRef(long planId, long issuerUnitId, String label, LocalDate periodStart, LocalDate periodEnd) {
}
