package vn.gandan.emulation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.Texts;

/**
 * H3 checks on a sheet's lines: a known sub-criterion, points from 0 to its maximum (more is refused, never
 * clipped), evidence where the criterion requires it (for the self-score), an evidence reference of a known type.
 */
final class ScoringRules {

    static final Set<String> EVIDENCE_TYPES = Set.of("REPORT", "MEETING", "CASE", "DISCLOSURE", "MODEL", "PLAN", "TASK");

    record Checked(Criteria.Criterion criterion, BigDecimal points, String comment, String url, String type, Long refId) {
    }

    private ScoringRules() {
    }

    static List<Checked> check(Criteria set, ScoreInput input, boolean self, List<FieldProblem> problems) {
        List<Checked> out = new ArrayList<>();
        List<ScoreInput.Line> lines = input == null || input.lines() == null ? List.of() : input.lines();
        if (lines.isEmpty()) problems.add(FieldProblem.of("lines", "emulation.score.error.empty"));
        List<Criteria.Criterion> leaves = set.leaves();
        for (int i = 0; i < lines.size(); i++) {
            ScoreInput.Line l = lines.get(i);
            String f = "lines[" + i + "].";
            Criteria.Criterion c = l == null ? null : leaves.stream().filter(x -> x.code().equals(l.code())
                    || Long.valueOf(x.id()).equals(l.criterionId())).findFirst().orElse(null);
            if (c == null) {
                problems.add(FieldProblem.of(f + "code", "emulation.score.error.criterion"));
                continue;
            }
            int before = problems.size();
            if (l.points() == null || l.points().signum() < 0) problems.add(FieldProblem.of(f + "points", "emulation.score.error.points", c.code(), c.max()));
            else if (l.points().compareTo(c.max()) > 0) problems.add(FieldProblem.of(f + "points", "emulation.score.error.overMax", c.code(), c.max()));
            String url = l.evidenceUrl() == null || l.evidenceUrl().isBlank() ? null : l.evidenceUrl().strip();
            if (url != null && !ModelSteps.validLink(url)) problems.add(FieldProblem.of(f + "evidenceUrl", "emulation.error.link"));
            ScoreInput.EvidenceRef ref = l.evidence() == null || l.evidence().type() == null ? null : l.evidence();
            if (ref != null && (!EVIDENCE_TYPES.contains(ref.type()) || ref.id() == null || ref.id() <= 0)) {
                problems.add(FieldProblem.of(f + "evidence", "emulation.score.error.evidenceRef"));
            }
            if (self && c.evidenceRequired() && l.points() != null && l.points().signum() > 0 && url == null && ref == null) {
                problems.add(FieldProblem.of(f + "evidenceUrl", "emulation.score.error.evidenceRequired", c.code()));
            }
            String comment = Texts.clean(l.comment());
            if (comment != null && comment.length() > 2000) problems.add(FieldProblem.of(f + "comment", "emulation.model.error.tooLong", 2000));
            if (problems.size() == before) {
                out.add(new Checked(c, l.points(), comment == null || comment.isEmpty() ? null : comment, url,
                        ref == null ? null : ref.type(), ref == null ? null : ref.id()));
            }
        }
        return out;
    }
}
