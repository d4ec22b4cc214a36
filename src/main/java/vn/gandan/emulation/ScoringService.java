package vn.gandan.emulation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * Dân vận chính quyền scoring (H3): the unit scores itself with evidence, its superior scores it, the superior
 * fixes the final score; all three are kept. A finalised sheet no longer changes.
 */
@Service
@Transactional
public class ScoringService {

    private final JdbcClient jdbc;
    private final CriteriaStore criteria;
    private final ScoreReads reads;
    private final Actors actors;
    private final AccessService access;
    private final UnitService units;
    private final AuditLog audit;

    ScoringService(JdbcClient jdbc, CriteriaStore criteria, ScoreReads reads, Actors actors, AccessService access,
                   UnitService units, AuditLog audit) {
        this.jdbc = jdbc;
        this.criteria = criteria;
        this.reads = reads;
        this.actors = actors;
        this.access = access;
        this.units = units;
        this.audit = audit;
    }

    public ScoreSheet saveSelf(long unitId, int year, ScoreInput input) {
        Caller c = actors.require(unitId, "emulation.score.error.notYourUnit");
        Criteria set = set(unitId, year);
        long score = open(unitId, year, set);
        List<ScoringRules.Checked> lines = checked(set, input, true);
        for (ScoringRules.Checked l : lines) {
            jdbc.sql("""
                            insert into emu_score_line(score_id, criterion_id, self_points, self_comment, evidence_url, evidence_type, evidence_id)
                            values (:s, :c, :p, :m, :u, :t, :i) on conflict (score_id, criterion_id) do update set
                              self_points = excluded.self_points, self_comment = excluded.self_comment,
                              evidence_url = excluded.evidence_url, evidence_type = excluded.evidence_type, evidence_id = excluded.evidence_id""")
                    .param("s", score).param("c", l.criterion().id()).param("p", l.points()).param("m", l.comment())
                    .param("u", l.url()).param("t", l.type()).param("i", l.refId()).update();
        }
        return stamp(score, "self", c, unitId, year);
    }

    public ScoreSheet saveSuperior(long unitId, int year, ScoreInput input) {
        Caller c = superior(unitId);
        Criteria set = set(unitId, year);
        long score = open(unitId, year, set);
        if (jdbc.sql("select self_at is null from emu_score where id = :s").param("s", score).query(Boolean.class).single()) {
            throw ProblemException.conflict("emulation.score.error.noSelfScore");
        }
        for (ScoringRules.Checked l : checked(set, input, false)) {
            jdbc.sql("""
                            insert into emu_score_line(score_id, criterion_id, superior_points, superior_comment) values (:s, :c, :p, :m)
                            on conflict (score_id, criterion_id) do update set superior_points = excluded.superior_points,
                              superior_comment = excluded.superior_comment""")
                    .param("s", score).param("c", l.criterion().id()).param("p", l.points()).param("m", l.comment()).update();
        }
        return stamp(score, "superior", c, unitId, year);
    }

    /** The final score: the superior's points unless a line says otherwise; every sub-criterion must be scored. */
    public ScoreSheet finalise(long unitId, int year, ScoreInput input) {
        Caller c = superior(unitId);
        Criteria set = set(unitId, year);
        long score = open(unitId, year, set);
        List<ScoringRules.Checked> changed = input == null || input.lines() == null || input.lines().isEmpty() ? List.of()
                : checked(set, input, false);
        jdbc.sql("update emu_score_line set final_points = superior_points, final_comment = superior_comment where score_id = :s")
                .param("s", score).update();
        for (ScoringRules.Checked l : changed) {
            jdbc.sql("update emu_score_line set final_points = :p, final_comment = :m where score_id = :s and criterion_id = :c")
                    .param("p", l.points()).param("m", l.comment()).param("s", score).param("c", l.criterion().id()).update();
        }
        int missing = jdbc.sql("select count(*) from emu_score_line where score_id = :s and final_points is not null")
                .param("s", score).query(Integer.class).single();
        if (missing < set.leaves().size()) throw ProblemException.conflict("emulation.score.error.incomplete", set.leaves().size() - missing);
        return stamp(score, "final", c, unitId, year);
    }

    private Caller superior(long unitId) {
        access.requireVisible(unitId);
        Long parent = units.parentId(unitId, units.today()).orElseThrow(() -> ProblemException.forbidden("emulation.score.error.notSuperior"));
        return actors.act(parent, "emulation.score.error.notSuperior");
    }

    private Criteria set(long unitId, int year) {
        return criteria.forUnit(unitId, year).orElseThrow(() -> ProblemException.invalid("emulation.error.invalid",
                List.of(FieldProblem.of("year", "emulation.score.error.noCriteria", String.valueOf(year)))));
    }

    /** The sheet's id (created on first use); 409 once finalised. */
    private long open(long unitId, int year, Criteria set) {
        jdbc.sql("insert into emu_score(set_id, unit_id, year) values (:s, :u, :y) on conflict (unit_id, year) do nothing")
                .param("s", set.id()).param("u", unitId).param("y", year).update();
        Object[] row = jdbc.sql("select id, final_at is not null from emu_score where unit_id = :u and year = :y")
                .param("u", unitId).param("y", year).query((rs, i) -> new Object[] {rs.getLong(1), rs.getBoolean(2)}).single();
        if ((Boolean) row[1]) throw ProblemException.conflict("emulation.score.error.finalised");
        return (Long) row[0];
    }

    private static List<ScoringRules.Checked> checked(Criteria set, ScoreInput input, boolean self) {
        List<FieldProblem> problems = new ArrayList<>();
        List<ScoringRules.Checked> lines = ScoringRules.check(set, input, self, problems);
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        return lines;
    }

    private ScoreSheet stamp(long score, String who, Caller c, long unitId, int year) {
        jdbc.sql("update emu_score set " + who + "_by = :u, " + who + "_at = now() where id = :s")
                .param("u", c.username()).param("s", score).update();
        audit.record("UPDATE", "EmulationScore", score, null, Map.of("score", who, "unitId", unitId, "year", year));
        return reads.sheet(unitId, year).orElseThrow(() -> new NotFoundException("score", unitId));
    }
}
