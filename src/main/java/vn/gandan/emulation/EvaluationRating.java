package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Role;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * The head's rating (I1, I2): the professional and dân vận points within the ⚙ maxima, the level from the ⚙ bands,
 * the discipline cap and the Xuất sắc quota per unit and peer group. A refusal stores nothing.
 */
@Component
class EvaluationRating {

    private final JdbcClient jdbc;
    private final AccessService access;
    private final Actors actors;
    private final AuditLog audit;
    private final EvalSettings settings;

    EvaluationRating(JdbcClient jdbc, AccessService access, Actors actors, AuditLog audit, EvalSettings settings) {
        this.jdbc = jdbc;
        this.access = access;
        this.actors = actors;
        this.audit = audit;
        this.settings = settings;
    }

    /** Rates an evaluation already in the caller's scope: 403 unless the head, 422 over a maximum or the quota. */
    void rate(EvaluationView e, BigDecimal professional, BigDecimal danVan, boolean disciplined, String comment) {
        if (!access.hasRole(e.unitId(), Role.LEADER)) throw ProblemException.forbidden("emulation.eval.error.headOnly");
        LocalDate end = EvaluationPeriod.parse(e.period()).to();
        EvalSettings.Setting rule = settings.on(end).orElseThrow(() -> ProblemException.conflict("emulation.eval.error.noSetting"));
        List<FieldProblem> problems = new ArrayList<>();
        within("professionalPoints", professional, rule.professionalMax(), problems);
        within("danVanPoints", danVan, rule.danVanMax(), problems);
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        StaffLevel level = StaffRating.level(professional.add(danVan), disciplined, bands(end));
        if (level == StaffLevel.XUAT_SAC) checkQuota(e, rule);
        jdbc.sql("""
                        update emu_evaluation set professional_points = :p, dan_van_points = :d, disciplined = :x, level = :l,
                          head_comment = :c, rated_by = :by, rated_on = :on where id = :id""")
                .param("p", professional).param("d", danVan).param("x", disciplined).param("l", level.name())
                .param("c", Texts.clean(comment)).param("by", access.requireCaller().username()).param("on", actors.today())
                .param("id", e.id()).update();
        audit.record("UPDATE", "StaffEvaluation", e.id(), Map.of("level", String.valueOf(e.level())), Map.of("level", level.name()));
    }

    static void within(String field, BigDecimal points, BigDecimal max, List<FieldProblem> problems) {
        if (points == null || points.signum() < 0 || points.compareTo(max) > 0) {
            problems.add(FieldProblem.of(field, "emulation.eval.error.points", max.stripTrailingZeros().toPlainString()));
        }
    }

    private void checkQuota(EvaluationView e, EvalSettings.Setting rule) {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("""
                        select level, count(*) from emu_evaluation where unit_id = :u and staff_group = :g and period = :p
                          and id <> :id and level in ('XUAT_SAC', 'TOT') group by level""")
                .param("u", e.unitId()).param("g", e.staffGroup()).param("p", e.period()).param("id", e.id())
                .query((rs, i) -> counts.put(rs.getString(1), rs.getInt(2))).list();
        int good = counts.getOrDefault("TOT", 0);
        if (!StaffRating.excellentFits(counts.getOrDefault("XUAT_SAC", 0), good, rule.excellentShare())) {
            throw ProblemException.invalid("emulation.error.invalid", List.of(FieldProblem.of("professionalPoints",
                    "emulation.eval.error.quota", StaffRating.excellentQuota(good, rule.excellentShare()), good, rule.sharePercent())));
        }
    }

    /** The ⚙ bands in force on a day. */
    Map<StaffLevel, BigDecimal> bands(LocalDate day) {
        Map<StaffLevel, BigDecimal> out = new EnumMap<>(StaffLevel.class);
        jdbc.sql("""
                        select level, min_points from emu_eval_band where effective_from =
                          (select max(effective_from) from emu_eval_band where effective_from <= :d)""")
                .param("d", day).query((rs, i) -> out.put(StaffLevel.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        return out;
    }
}
