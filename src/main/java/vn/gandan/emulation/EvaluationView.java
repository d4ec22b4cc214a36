package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A person's evaluation for a period: self-assessment, professional and dân vận points, the head's level. */
public record EvaluationView(long id, long unitId, long personId, String personName, String staffGroup, String period,
                             String selfText, StaffLevel selfLevel, BigDecimal professionalPoints,
                             BigDecimal danVanPoints, BigDecimal total, boolean disciplined, StaffLevel level,
                             String headComment, String ratedBy, LocalDate ratedOn) {
}
