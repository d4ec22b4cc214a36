package vn.gandan.emulation;

import java.math.BigDecimal;
import java.util.List;

/**
 * Points given on a sheet: per criterion (by {@code code} or {@code criterionId}) the points, a comment and, for
 * the self-score, evidence as a link or as a record elsewhere in the system ({@code type} + {@code id}).
 */
public record ScoreInput(List<Line> lines) {

    public record Line(String code, Long criterionId, BigDecimal points, String comment, String evidenceUrl,
                       EvidenceRef evidence) {
    }

    /** A record of another module named by type (REPORT, MEETING, CASE, DISCLOSURE, MODEL, PLAN, TASK) and id. */
    public record EvidenceRef(String type, Long id) {
    }
}
