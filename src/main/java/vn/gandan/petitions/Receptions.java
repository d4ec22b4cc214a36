package vn.gandan.petitions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.org.UnitService;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.ProblemException;
import vn.gandan.shared.Texts;

/** Citizen reception (tiếp công dân): sessions logged per D4 and each month's compliance per D1–D2. */
@Service
@Transactional
public class Receptions {

    private final JdbcClient jdbc;
    private final AccessService access;
    private final CaseAccess cases;
    private final UnitService units;
    private final LegalRules rules;
    private final IdentityCipher cipher;
    private final AuditLog audit;
    private final Clock clock;

    Receptions(JdbcClient jdbc, AccessService access, CaseAccess cases, UnitService units, LegalRules rules,
               IdentityCipher cipher, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.access = access;
        this.cases = cases;
        this.units = units;
        this.rules = rules;
        this.cipher = cipher;
        this.audit = audit;
        this.clock = clock;
    }

    /** Logs a session; from 01/7/2026 the visitor's identity is required (Luật 136/2025). Returns its id. */
    long log(NewReception r) {
        NewReception.Host host = r.host() == null ? new NewReception.Host(null, null, null) : r.host();
        NewReception.Visitor visitor = r.visitor() == null ? new NewReception.Visitor(null, null) : r.visitor();
        String form = Texts.clean(r.form());
        String kind = Texts.clean(r.kind());
        IntakeCheck check = new IntakeCheck().required("unitId", r.unitId()).required("on", r.on())
                .notAfter("on", r.on(), LocalDate.now(clock)).required("host.name", Texts.clean(host.name()))
                .text("host.name", host.name(), IntakeCheck.MAX_FIELD).required("host.position", Texts.clean(host.position()))
                .text("host.position", host.position(), IntakeCheck.MAX_FIELD).required("host.isHead", host.isHead())
                .required("form", form).oneOf("form", form, form == null || List.of("TRUC_TIEP", "TRUC_TUYEN").contains(form) ? form : null)
                .text("visitor.name", visitor.name(), IntakeCheck.MAX_FIELD).idNumber("visitor.idNumber", visitor.idNumber())
                .required("content", Texts.clean(r.content())).text("content", r.content(), IntakeCheck.MAX_CONTENT)
                .required("kind", kind).oneOf("kind", kind, IntakeCheck.parse(PetitionKind.class, kind))
                .text("action", r.action(), IntakeCheck.MAX_CONTENT);
        if (r.on() != null && !r.on().isBefore(LocalDate.of(2026, 7, 1))) {
            check.required("visitor.name", Texts.clean(visitor.name()));
        }
        check.throwIfAny();
        cases.requireWriter(r.unitId());
        if (r.petitionId() != null) {
            cases.visible(r.petitionId());
        }
        byte[] sealed = cipher.seal(new Petitioner(IntakeCheck.blankToNull(visitor.name()), null, null,
                IntakeCheck.blankToNull(visitor.idNumber())));
        long id = jdbc.sql("""
                        insert into reception_session(unit_id, on_day, host_name, host_position, is_head, form,
                          visitor_enc, content, kind, action, petition_id)
                        values (:u, :d, :hn, :hp, :h, :f, :v, :c, :k, :a, :p) returning id""")
                .param("u", r.unitId()).param("d", r.on()).param("hn", Texts.clean(host.name()))
                .param("hp", Texts.clean(host.position())).param("h", host.isHead()).param("f", form).param("v", sealed)
                .param("c", Texts.nfc(r.content()).strip()).param("k", kind).param("a", Texts.clean(r.action()))
                .param("p", r.petitionId()).query(Long.class).single();
        audit.record("CREATE", "ReceptionSession", id, null, Map.of("unitId", r.unitId(), "on", r.on().toString(),
                "isHead", host.isHead()));
        return id;
    }

    /** D1–D2: required days by unit kind in force that month, days by the head and by deputies. */
    @Transactional(readOnly = true)
    public Compliance compliance(long unitId, String month) {
        YearMonth ym = parseMonth(month);
        access.requireVisible(unitId);
        return compute(unitId, ym);
    }

    Compliance compute(long unitId, YearMonth ym) {
        LocalDate first = ym.atDay(1);
        String code = "RECEPTION_MIN_" + units.get(unitId).kind().name();
        LegalRule min = rules.exists(code) ? rules.on(code, first) : null;
        int required = min == null ? 0 : min.value();
        boolean deputyCounts = rules.on("RECEPTION_DEPUTY_COUNTS", first).value() > 0;
        Map<Boolean, Integer> held = jdbc.sql("""
                        select is_head, count(distinct on_day) from reception_session
                        where unit_id = :u and on_day between :f and :t group by is_head""")
                .param("u", unitId).param("f", first).param("t", ym.atEndOfMonth())
                .query((rs, i) -> Map.entry(rs.getBoolean(1), rs.getInt(2))).list().stream()
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        int head = held.getOrDefault(true, 0);
        int deputy = held.getOrDefault(false, 0);
        boolean compliant = head + (deputyCounts ? deputy : 0) >= required;
        return new Compliance(unitId, ym.toString(), required, head, deputy, deputyCounts, compliant,
                deputy > 0, min == null ? null : min.legalBasis());
    }

    private static YearMonth parseMonth(String month) {
        try {
            return YearMonth.parse(month == null ? "" : month.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("petitions.error.invalid", List.of(FieldProblem.of("month", "petitions.field.month")));
        }
    }
}
