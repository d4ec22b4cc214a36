package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A person's evaluation for a period: self-assessment (text, level and, per criterion of the set in force, the person's
 * own points with evidence), the head's professional and dân vận points and level.
 */
public record EvaluationView(long id, long unitId, long personId, String personName, String staffGroup, String period,
                             String selfText, StaffLevel selfLevel, BigDecimal professionalPoints,
                             BigDecimal danVanPoints, BigDecimal total, boolean disciplined, StaffLevel level,
                             String headComment, String ratedBy, LocalDate ratedOn, List<SelfLine> lines) {

    /** The person's own points on one criterion (wording and maximum as in force when saved). */
    public record SelfLine(String code, String part, String text, BigDecimal maxPoints, BigDecimal points, String evidence) {
    }

    /** The person's own total of one part (PROFESSIONAL or DAN_VAN), null before any self-scoring. */
    public BigDecimal selfPoints(String part) {
        return lines.isEmpty() ? null : lines.stream().filter(l -> l.part().equals(part)).map(SelfLine::points)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    EvaluationView withLines(List<SelfLine> l) {
        return new EvaluationView(id, unitId, personId, personName, staffGroup, period, selfText, selfLevel,
                professionalPoints, danVanPoints, total, disciplined, level, headComment, ratedBy, ratedOn, l);
    }
}
