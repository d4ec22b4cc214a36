package vn.gandan.petitions;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/**
 * Protection of the denouncer (rules.md C7): requests, the resolver's decisions and the measures, recorded on the
 * case. Shown only to those who may see the denouncer's identity (C6): the handler and the resolver; everybody else
 * (the unit above, a system administrator, a colleague) gets an empty, "hidden" answer and cannot add anything.
 */
@Service
@Transactional
class Protections {

    /** One recorded request and its decision, as the handler and the resolver see it. */
    record ProtectionView(long id, LocalDate requestedOn, String personName, String relation, List<String> measures,
                          String grounds, String decision, LocalDate decidedOn, String decisionNo, String note) {
    }

    /** The case's protections, or {@code hidden} with none when the reader may not see the identity. */
    record ProtectionList(boolean hidden, List<ProtectionView> items) {
    }

    private final JdbcClient jdbc;
    private final CaseAccess access;
    private final IdentityCipher cipher;
    private final AuditLog audit;

    Protections(JdbcClient jdbc, CaseAccess access, IdentityCipher cipher, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.cipher = cipher;
        this.audit = audit;
    }

    /** Not read-only: a read of the protections is audited. */
    ProtectionList of(long petitionId) {
        Case c = access.visible(petitionId);
        if (c.kind() != PetitionKind.TO_CAO || !access.mayReadIdentity(c)) {
            return new ProtectionList(c.kind() == PetitionKind.TO_CAO, List.of());
        }
        List<ProtectionView> items = jdbc.sql("""
                        select id, requested_on, person_enc, relation, measures, grounds, decision, decided_on, decision_no,
                          decision_note from petition_protection where petition_id = :p order by id""")
                .param("p", petitionId).query((rs, i) -> new ProtectionView(rs.getLong(1), rs.getObject(2, LocalDate.class),
                        cipher.open(rs.getBytes(3)).name(), rs.getString(4), Arrays.asList(rs.getString(5).split(",")),
                        rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getString(9),
                        rs.getString(10))).list();
        if (!items.isEmpty()) {
            audit.recordRead("PetitionProtection", petitionId);
        }
        return new ProtectionList(false, items);
    }

    /** Records a request, or (with {@code requestId}) the decision on one. Returns the request's id. */
    long record(long petitionId, NewProtection in) {
        Case c = access.writable(petitionId);
        if (c.kind() != PetitionKind.TO_CAO) {
            throw ProblemException.invalid("petitions.error.invalid", List.of(FieldProblem.of("kind", "petitions.protection.onlyDenunciation")));
        }
        if (!access.mayReadIdentity(c)) {
            throw ProblemException.forbidden("petitions.protection.identityOnly");
        }
        return in.requestId() == null ? request(c, in) : decide(c, in);
    }

    private long request(Case c, NewProtection in) {
        List<String> measures = in.measures() == null ? List.of() : in.measures().stream().map(Texts::clean).filter(java.util.Objects::nonNull).toList();
        IntakeCheck check = new IntakeCheck().required("on", in.on()).required("personName", Texts.clean(in.personName()))
                .text("personName", in.personName(), IntakeCheck.MAX_FIELD).required("relation", Texts.clean(in.relation()))
                .oneOf("relation", Texts.clean(in.relation()), IntakeCheck.parse(NewProtection.Relation.class, Texts.clean(in.relation())))
                .required("grounds", Texts.clean(in.grounds())).text("grounds", in.grounds(), IntakeCheck.MAX_CONTENT)
                .required("measures", measures.isEmpty() ? null : measures);
        measures.forEach(m -> check.oneOf("measures", m, IntakeCheck.parse(NewProtection.Measure.class, m)));
        check.throwIfAny();
        long id = jdbc.sql("""
                        insert into petition_protection(petition_id, requested_on, person_enc, relation, measures, grounds, created_by)
                        values (:p, :d, :e, :r, :m, :g, :by) returning id""")
                .param("p", c.d.id).param("d", in.on()).param("e", cipher.seal(new Petitioner(Texts.clean(in.personName()), null, null, null)))
                .param("r", Texts.clean(in.relation())).param("m", String.join(",", new ArrayList<>(new java.util.TreeSet<>(measures))))
                .param("g", Texts.clean(in.grounds())).param("by", access.username()).query(Long.class).single();
        audit.record("CREATE", "PetitionProtection", id, null, Map.of("petitionId", c.d.id, "measures", measures));
        return id;
    }

    private long decide(Case c, NewProtection in) {
        String decision = Texts.clean(in.decision());
        new IntakeCheck().required("on", in.on()).required("decision", decision)
                .oneOf("decision", decision, IntakeCheck.parse(NewProtection.Decision.class, decision))
                .required("decisionNo", Texts.clean(in.decisionNo())).text("decisionNo", in.decisionNo(), IntakeCheck.MAX_FIELD)
                .text("note", in.note(), IntakeCheck.MAX_CONTENT).throwIfAny();
        int n = jdbc.sql("""
                        update petition_protection set decision = :d, decided_on = :on, decision_no = :no, decision_note = :note
                        where id = :id and petition_id = :p""")
                .param("d", decision).param("on", in.on()).param("no", Texts.clean(in.decisionNo()))
                .param("note", Texts.clean(in.note())).param("id", in.requestId()).param("p", c.d.id).update();
        if (n == 0) {
            throw new vn.gandan.shared.NotFoundException("protection", in.requestId());
        }
        audit.record("UPDATE", "PetitionProtection", in.requestId(), null, Map.of("decision", decision));
        return in.requestId();
    }
}
