package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Adds a dated set of staff-evaluation criteria for its owner: a unit's own set by that unit's leader or administrator
 * (a grant on the unit itself — a unit above does not rewrite a unit's configuration, nor a unit below the one it
 * shares), the shared default by a system administrator. The parts' maxima must add up to the ⚙ split in force.
 */
@Service
@Transactional
class EvalCriteriaAdmin {

    /** A new set as the API receives it. */
    record NewSet(Long ownerUnitId, String effectiveFrom, String source, List<EvalCriteria.Criterion> criteria) {
    }

    private final JdbcClient jdbc;
    private final AccessService access;
    private final EvalSettings settings;
    private final EvalCriteria criteria;
    private final Actors actors;
    private final AuditLog audit;

    EvalCriteriaAdmin(JdbcClient jdbc, AccessService access, EvalSettings settings, EvalCriteria criteria, Actors actors,
                      AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.settings = settings;
        this.criteria = criteria;
        this.actors = actors;
        this.audit = audit;
    }

    EvalCriteria.CriteriaSet add(NewSet b) {
        Caller c = owner(b.ownerUnitId());
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate from = Actors.day("effectiveFrom", b.effectiveFrom());
        if (from == null) problems.add(FieldProblem.of("effectiveFrom", "emulation.error.dayRequired"));
        String source = Texts.clean(b.source());
        if (source == null || source.isEmpty() || source.length() > 300) problems.add(FieldProblem.of("source", "emulation.criteria.error.source"));
        List<EvalCriteria.Criterion> lines = b.criteria() == null ? List.of() : b.criteria();
        if (lines.isEmpty()) problems.add(FieldProblem.of("criteria", "emulation.criteria.error.empty"));
        checkLines(lines, problems);
        if (from != null && problems.isEmpty()) checkSums(lines, from, problems);
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        long id = jdbc.sql("""
                        insert into emu_eval_criteria_set(owner_unit_id, effective_from, source, created_by, created_on)
                        values (:o, :f, :s, :by, :on) on conflict do nothing returning id""")
                .param("o", b.ownerUnitId()).param("f", from).param("s", source).param("by", c.username())
                .param("on", actors.today()).query(Long.class).optional()
                .orElseThrow(() -> ProblemException.conflict("emulation.criteria.error.exists"));
        for (int i = 0; i < lines.size(); i++) {
            EvalCriteria.Criterion l = lines.get(i);
            jdbc.sql("insert into emu_eval_criterion values (:s, :c, :p, :t, :m, :pos)").param("s", id)
                    .param("c", l.code().strip()).param("p", l.part()).param("t", Texts.clean(l.text()))
                    .param("m", l.maxPoints()).param("pos", i + 1).update();
        }
        audit.record("CREATE", "StaffEvaluationCriteria", id, null, Map.of("owner", String.valueOf(b.ownerUnitId()),
                "from", from.toString()));
        return criteria.latest(b.ownerUnitId(), from).orElseThrow();
    }

    /** The caller if they own the configuration: 404 out of scope, 403 for anyone but the owner's leader or admin. */
    private Caller owner(Long unitId) {
        Caller c = access.requireCaller();
        if (unitId == null) {
            if (!c.systemAdmin()) throw ProblemException.forbidden("emulation.criteria.error.owner");
            return c;
        }
        access.requireVisible(unitId);
        boolean own = c.systemAdmin() || c.grants().stream().anyMatch(g -> g.unitId() == unitId
                && (g.role() == Role.LEADER || g.role() == Role.UNIT_ADMIN));
        if (!own) throw ProblemException.forbidden("emulation.criteria.error.owner");
        return c;
    }

    private static void checkLines(List<EvalCriteria.Criterion> lines, List<FieldProblem> problems) {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            EvalCriteria.Criterion l = lines.get(i);
            String code = l.code() == null ? "" : l.code().strip();
            String text = Texts.clean(l.text());
            boolean bad = code.isEmpty() || code.length() > 20 || !codes.add(code)
                    || !List.of("PROFESSIONAL", "DAN_VAN").contains(String.valueOf(l.part()))
                    || text == null || text.isEmpty() || text.length() > 500
                    || l.maxPoints() == null || l.maxPoints().signum() <= 0;
            if (bad) problems.add(FieldProblem.of("criteria[" + i + "]", "emulation.criteria.error.line", i + 1));
        }
    }

    private void checkSums(List<EvalCriteria.Criterion> lines, LocalDate from, List<FieldProblem> problems) {
        EvalSettings.Setting rule = settings.on(from).orElse(null);
        if (rule == null) {
            problems.add(FieldProblem.of("effectiveFrom", "emulation.eval.error.noSetting"));
            return;
        }
        if (sum(lines, "PROFESSIONAL").compareTo(rule.professionalMax()) != 0 || sum(lines, "DAN_VAN").compareTo(rule.danVanMax()) != 0) {
            problems.add(FieldProblem.of("criteria", "emulation.criteria.error.sums",
                    rule.professionalMax().stripTrailingZeros().toPlainString(), rule.danVanMax().stripTrailingZeros().toPlainString()));
        }
    }

    private static BigDecimal sum(List<EvalCriteria.Criterion> lines, String part) {
        return lines.stream().filter(l -> part.equals(l.part())).map(EvalCriteria.Criterion::maxPoints)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
