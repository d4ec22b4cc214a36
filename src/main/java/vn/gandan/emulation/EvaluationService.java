package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.access.Role;
import vn.gandan.org.PeopleService;
import vn.gandan.org.PersonView;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Staff evaluation (I1, I2): the person's self-assessment, then the head's rating from the professional and the dân
 * vận points under the ⚙ bands, the discipline cap and the Xuất sắc quota per unit and peer group. An evaluation is
 * seen only by the person, the head of the unit and those the unit answers to; anyone else gets 404.
 */
@Service
@Transactional
public class EvaluationService {

    private final JdbcClient jdbc;
    private final AccessService access;
    private final UnitService units;
    private final PeopleService people;
    private final Actors actors;
    private final AuditLog audit;
    private final EvalSettings settings;

    EvaluationService(JdbcClient jdbc, AccessService access, UnitService units, PeopleService people, Actors actors,
                      AuditLog audit, EvalSettings settings) {
        this.settings = settings;
        this.jdbc = jdbc;
        this.access = access;
        this.units = units;
        this.people = people;
        this.actors = actors;
        this.audit = audit;
    }

    /** Opens a person's evaluation for a period with their self-assessment (the unit's leaders or specialists). */
    public EvaluationView open(long unitId, Long personId, String period, String group, String account, String selfText,
                               String selfLevel) {
        Caller c = actors.require(unitId, "emulation.eval.error.notYourUnit");
        List<FieldProblem> problems = new ArrayList<>();
        PersonView person = personId == null ? null : people.inUnit(unitId).stream()
                .filter(p -> p.id().equals(personId)).findFirst().orElse(null);
        if (person == null) problems.add(FieldProblem.of("personId", "emulation.eval.error.person"));
        if (EvaluationPeriod.parse(period) == null) problems.add(FieldProblem.of("period", "emulation.eval.error.period"));
        String g = Texts.clean(group) == null || Texts.clean(group).isEmpty() ? "Chung" : Texts.clean(group);
        if (g.length() > 100) problems.add(FieldProblem.of("staffGroup", "emulation.model.error.tooLong", 100));
        StaffLevel self = parseLevel(selfLevel, "selfLevel", problems);
        String text = Texts.nfc(selfText) == null ? null : Texts.nfc(selfText).strip();
        if (text != null && text.length() > 8000) problems.add(FieldProblem.of("selfText", "emulation.model.error.tooLong", 8000));
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        long id = jdbc.sql("""
                        insert into emu_evaluation(unit_id, person_id, person_name, account, staff_group, period, self_text, self_level)
                        values (:u, :p, :n, :a, :g, :per, :t, :l) on conflict (person_id, period) do nothing returning id""")
                .param("u", unitId).param("p", personId).param("n", person.fullName())
                .param("a", account == null || account.isBlank() ? null : account.strip()).param("g", g)
                .param("per", period.strip()).param("t", text).param("l", self == null ? null : self.name())
                .query(Long.class).optional().orElseThrow(() -> ProblemException.conflict("emulation.eval.error.exists"));
        audit.record("CREATE", "StaffEvaluation", id, null, Map.of("unitId", unitId, "personId", personId, "period", period, "by", c.username()));
        return get(id);
    }

    /** The head's rating: 422 over a maximum or over the Xuất sắc quota; stores nothing then. */
    public EvaluationView rate(long id, BigDecimal professional, BigDecimal danVan, boolean disciplined, String comment) {
        EvaluationView e = get(id);
        if (!access.hasRole(e.unitId(), Role.LEADER)) throw ProblemException.forbidden("emulation.eval.error.headOnly");
        LocalDate end = EvaluationPeriod.parse(e.period()).to();
        EvalSettings.Setting rule = settings.on(end).orElseThrow(() -> ProblemException.conflict("emulation.eval.error.noSetting"));
        List<FieldProblem> problems = new ArrayList<>();
        if (professional == null || professional.signum() < 0 || professional.compareTo(rule.professionalMax()) > 0) {
            problems.add(FieldProblem.of("professionalPoints", "emulation.eval.error.points", rule.professionalMax().stripTrailingZeros().toPlainString()));
        }
        if (danVan == null || danVan.signum() < 0 || danVan.compareTo(rule.danVanMax()) > 0) {
            problems.add(FieldProblem.of("danVanPoints", "emulation.eval.error.points", rule.danVanMax().stripTrailingZeros().toPlainString()));
        }
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        StaffLevel level = StaffRating.level(professional.add(danVan), disciplined, bands(end));
        if (level == StaffLevel.XUAT_SAC) checkQuota(e, rule);
        jdbc.sql("""
                        update emu_evaluation set professional_points = :p, dan_van_points = :d, disciplined = :x, level = :l,
                          head_comment = :c, rated_by = :by, rated_on = :on where id = :id""")
                .param("p", professional).param("d", danVan).param("x", disciplined).param("l", level.name())
                .param("c", Texts.clean(comment)).param("by", access.requireCaller().username()).param("on", actors.today())
                .param("id", id).update();
        audit.record("UPDATE", "StaffEvaluation", id, Map.of("level", String.valueOf(e.level())), Map.of("level", level.name()));
        return get(id);
    }

    private void checkQuota(EvaluationView e, EvalSettings.Setting rule) {
        Map<String, Integer> counts = new java.util.HashMap<>();
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

    Map<StaffLevel, BigDecimal> bands(LocalDate day) {
        Map<StaffLevel, BigDecimal> out = new EnumMap<>(StaffLevel.class);
        jdbc.sql("""
                        select level, min_points from emu_eval_band where effective_from =
                          (select max(effective_from) from emu_eval_band where effective_from <= :d)""")
                .param("d", day).query((rs, i) -> out.put(StaffLevel.valueOf(rs.getString(1)), rs.getBigDecimal(2))).list();
        return out;
    }

    /** The evaluation if the caller is the person, the head of the unit or above it; 404 otherwise. */
    @Transactional(readOnly = true)
    public EvaluationView get(long id) {
        Object[] row = jdbc.sql("select unit_id, account from emu_evaluation where id = :id").param("id", id)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2)}).optional()
                .orElseThrow(() -> new NotFoundException("evaluation", id));
        if (!mayRead((Long) row[0], (String) row[1])) throw new NotFoundException("evaluation", id);
        return EvaluationRows.one(jdbc, id);
    }

    /** A unit's evaluations for a period (the head and above only). */
    @Transactional(readOnly = true)
    public List<EvaluationView> forUnit(long unitId, String period) {
        access.requireVisible(unitId);
        if (!mayRead(unitId, null)) throw new NotFoundException("unit", unitId);
        return EvaluationRows.forUnit(jdbc, unitId, period);
    }

    /** The caller's own evaluations in a unit (what a person who is not the head sees); 404 when none and out of scope. */
    @Transactional(readOnly = true)
    public List<EvaluationView> ownInUnit(long unitId, String period) {
        List<EvaluationView> own = EvaluationRows.forAccount(jdbc, unitId, period, access.requireCaller().username());
        if (own.isEmpty()) access.requireVisible(unitId);
        return own;
    }

    /** Whether the caller sees every evaluation of the unit (the head, the units above, an administrator). */
    @Transactional(readOnly = true)
    public boolean seesAll(long unitId) {
        return access.canSee(unitId) && mayRead(unitId, null);
    }

    private boolean mayRead(long unitId, String account) {
        Caller c = access.requireCaller();
        if (c.systemAdmin() || (account != null && account.equals(c.username()))) return true;
        if (c.grants().stream().anyMatch(g -> g.unitId() == unitId && g.role() == Role.LEADER)) return true;
        return units.parentId(unitId, units.today()).map(access::canSee).orElse(false);
    }

    static StaffLevel parseLevel(String s, String field, List<FieldProblem> problems) {
        if (s == null || s.isBlank()) return null;
        try {
            return StaffLevel.valueOf(s.strip());
        } catch (IllegalArgumentException e) {
            problems.add(FieldProblem.of(field, "emulation.eval.error.level"));
            return null;
        }
    }
}
