package vn.gandan.emulation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AccountPeople;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Caller;
import vn.gandan.org.PeopleService;
import vn.gandan.org.PersonView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Staff evaluation (I1, I2): opened by the unit's leaders or specialists, or by the person themself (their login linked
 * to them, for the period in progress); the person's self-assessment; the head's rating ({@link EvaluationRating}).
 * An evaluation is seen only by the person, the head and those the unit answers to ({@link EvaluationReaders}).
 */
@Service
@Transactional
public class EvaluationService {

    private final JdbcClient jdbc;
    private final PeopleService people;
    private final AccountPeople links;
    private final Actors actors;
    private final AuditLog audit;
    private final EvaluationRating rating;
    private final EvaluationReaders readers;
    private final SelfAssessment selfAssessment;

    EvaluationService(JdbcClient jdbc, PeopleService people, AccountPeople links, Actors actors, AuditLog audit,
                      EvaluationRating rating, EvaluationReaders readers, SelfAssessment selfAssessment) {
        this.jdbc = jdbc;
        this.people = people;
        this.links = links;
        this.actors = actors;
        this.audit = audit;
        this.rating = rating;
        this.readers = readers;
        this.selfAssessment = selfAssessment;
    }

    /** Opens a person's evaluation for a period with their self-assessment; 422 on bad input, 409 when it exists. */
    public EvaluationView open(long unitId, Long personId, String period, String group, String account, String selfText,
                               String selfLevel) {
        Long own = readers.ownPerson(unitId).orElse(null);
        boolean self = own != null && (personId == null || own.equals(personId));
        Caller c = self ? readers.visible(unitId) : actors.require(unitId, "emulation.eval.error.notYourUnit");
        Long who = self ? own : personId;
        List<FieldProblem> problems = new ArrayList<>();
        PersonView person = who == null ? null : people.inUnit(unitId).stream().filter(p -> p.id().equals(who)).findFirst().orElse(null);
        if (person == null) problems.add(FieldProblem.of("personId", "emulation.eval.error.person"));
        EvaluationPeriod p = EvaluationPeriod.parse(period);
        if (p == null) problems.add(FieldProblem.of("period", "emulation.eval.error.period"));
        else if (self && (actors.today().isBefore(p.from()) || actors.today().isAfter(p.to()))) {
            problems.add(FieldProblem.of("period", "emulation.eval.error.notInProgress"));
        }
        String g = Texts.clean(group) == null || Texts.clean(group).isEmpty()
                ? (person == null ? "Chung" : person.position()) : Texts.clean(group);
        if (g.length() > 100) problems.add(FieldProblem.of("staffGroup", "emulation.model.error.tooLong", 100));
        StaffLevel level = parseLevel(selfLevel, "selfLevel", problems);
        String text = Texts.nfc(selfText) == null ? null : Texts.nfc(selfText).strip();
        if (text != null && text.length() > 8000) problems.add(FieldProblem.of("selfText", "emulation.model.error.tooLong", 8000));
        if (!problems.isEmpty()) throw ProblemException.invalid("emulation.error.invalid", problems);
        String login = self ? c.username() : account == null || account.isBlank() ? links.accountOf(who).orElse(null) : account.strip();
        long id = jdbc.sql("""
                        insert into emu_evaluation(unit_id, person_id, person_name, account, staff_group, period, self_text, self_level)
                        values (:u, :p, :n, :a, :g, :per, :t, :l) on conflict (person_id, period) do nothing returning id""")
                .param("u", unitId).param("p", who).param("n", person.fullName()).param("a", login).param("g", g)
                .param("per", p.code()).param("t", text).param("l", level == null ? null : level.name())
                .query(Long.class).optional().orElseThrow(() -> ProblemException.conflict("emulation.eval.error.exists"));
        audit.record("CREATE", "StaffEvaluation", id, null, Map.of("unitId", unitId, "personId", who, "period", p.code(), "by", c.username()));
        return get(id);
    }

    /** The person's own self-assessment (only the person, before the head rates). */
    public EvaluationView saveSelf(long id, SelfAssessment.Input input) {
        EvaluationView e = get(id);
        if (!readers.isThePerson(e)) throw ProblemException.forbidden("emulation.eval.error.personOnly");
        selfAssessment.save(e, input);
        return get(id);
    }

    /** The head's rating: 422 over a maximum or over the Xuất sắc quota; stores nothing then. */
    public EvaluationView rate(long id, BigDecimal professional, BigDecimal danVan, boolean disciplined, String comment) {
        rating.rate(get(id), professional, danVan, disciplined, comment);
        return get(id);
    }

    Map<StaffLevel, BigDecimal> bands(LocalDate day) {
        return rating.bands(day);
    }

    /** The evaluation if the caller is the person, the head of the unit or above it; 404 otherwise. */
    @Transactional(readOnly = true)
    public EvaluationView get(long id) {
        Object[] row = jdbc.sql("select unit_id, account, person_id from emu_evaluation where id = :id").param("id", id)
                .query((rs, i) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)}).optional()
                .orElseThrow(() -> new NotFoundException("evaluation", id));
        if (!readers.mayRead((Long) row[0], (String) row[1], (Long) row[2])) throw new NotFoundException("evaluation", id);
        return EvaluationRows.one(jdbc, id);
    }

    /** A unit's evaluations for a period (the head and above only). */
    @Transactional(readOnly = true)
    public List<EvaluationView> forUnit(long unitId, String period) {
        readers.visible(unitId);
        if (!readers.mayRead(unitId, null, null)) throw new NotFoundException("unit", unitId);
        return EvaluationRows.forUnit(jdbc, unitId, period);
    }

    /** The caller's own evaluations in a unit (what a person who is not the head sees); 404 when none and out of scope. */
    @Transactional(readOnly = true)
    public List<EvaluationView> ownInUnit(long unitId, String period) {
        List<EvaluationView> own = EvaluationRows.forPerson(jdbc, unitId, period, readers.username(),
                readers.ownPerson(unitId).orElse(null));
        if (own.isEmpty()) readers.visible(unitId);
        return own;
    }

    /** Whether the caller sees every evaluation of the unit (the head, the units above, an administrator). */
    @Transactional(readOnly = true)
    public boolean seesAll(long unitId) {
        return readers.canSee(unitId) && readers.mayRead(unitId, null, null);
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
