package vn.gandan.plans;

import java.time.LocalDate;

/** The days a plan's period covers: a calendar year, or a school year from 1 August to 31 July. */
final class PlanPeriods {

    private PlanPeriods() {
    }

    static LocalDate start(PlanContent.Period p) {
        return "SCHOOL_YEAR".equals(p.kind()) ? LocalDate.of(p.startYear(), 8, 1) : LocalDate.of(p.startYear(), 1, 1);
    }

    static LocalDate end(PlanContent.Period p) {
        return "SCHOOL_YEAR".equals(p.kind()) ? LocalDate.of(p.startYear() + 1, 7, 31) : LocalDate.of(p.startYear(), 12, 31);
    }
}
