package vn.gandan.plans;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.org.UnitKind;

/**
 * Hands out the next number of the register of outgoing documents. The increment is one atomic
 * {@code INSERT … ON CONFLICT DO UPDATE … RETURNING} on the register row, so concurrent issuers queue on the
 * row lock and never get a duplicate or leave a gap (the caller's transaction holds the lock until it commits;
 * a rolled-back issue gives its number back).
 */
@Service
public class DocumentNumbering {

    private final JdbcClient jdbc;

    DocumentNumbering(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A number and its symbol, e.g. 12 and "12/KH-PGDĐT"; {@link #numberLine()} adds "Số:" / "Số". */
    public record Issued(int number, String symbol, boolean party) {
        public String numberLine() {
            return party ? "Số " + symbol : "Số: " + symbol;
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Issued next(long issuerUnitId, UnitKind issuerKind, String issuerShortName, String docType,
                       String letterField, LocalDate issuedOn) {
        boolean party = issuerKind.isParty();
        String period = periodKey(issuerUnitId, party, issuedOn);
        String registerType = docType == null || docType.isBlank() ? (party ? "CV" : "CV") : docType;
        int n = jdbc.sql("""
                        insert into plan_document_register (issuer_unit_id, doc_type, period_key, last_number)
                        values (:u, :t, :p, 1)
                        on conflict (issuer_unit_id, doc_type, period_key)
                        do update set last_number = plan_document_register.last_number + 1
                        returning last_number""")
                .param("u", issuerUnitId).param("t", registerType).param("p", period)
                .query(Integer.class).single();
        return new Issued(n, symbol(n, party, docType, issuerShortName, letterField), party);
    }

    /** The calendar year for state bodies; the start of the committee term covering the date for Party bodies. */
    String periodKey(long issuerUnitId, boolean party, LocalDate on) {
        if (!party) return Integer.toString(on.getYear());
        return jdbc.sql("""
                        select starts_on from plan_party_term
                        where unit_id = :u and starts_on <= :d and (ends_on is null or ends_on > :d)
                        order by starts_on desc limit 1""")
                .param("u", issuerUnitId).param("d", on).query(LocalDate.class).optional()
                .map(d -> "T" + d)
                // no term configured: fall back to the 5-year term of the 2025–2030 congresses
                .orElse("T" + defaultTermStart(on));
    }

    static LocalDate defaultTermStart(LocalDate on) {
        int y = 2020 + Math.floorDiv(on.getYear() - 2020, 5) * 5;
        return LocalDate.of(y, 7, 1).isAfter(on) ? LocalDate.of(y - 5, 7, 1) : LocalDate.of(y, 7, 1);
    }

    /** Sets (or replaces) a Party committee term for a Party unit. */
    @Transactional
    public void setPartyTerm(long unitId, LocalDate startsOn, LocalDate endsOn) {
        jdbc.sql("""
                        insert into plan_party_term (unit_id, starts_on, ends_on) values (:u, :s, :e)
                        on conflict (unit_id, starts_on) do update set ends_on = excluded.ends_on""")
                .param("u", unitId).param("s", startsOn).param("e", endsOn).update();
    }

    /**
     * Rules F2/F3: state {@code 12/KH-PGDĐT}, state công văn {@code 15/PGDĐT-CM} (no type code), Party
     * {@code 05-KH/BTGDV}, Party công văn {@code 07-CV/ĐU}. Two-digit padding.
     */
    static String symbol(int n, boolean party, String docType, String issuer, String letterField) {
        String nn = "%02d".formatted(n);
        boolean letter = docType == null || docType.isBlank() || docType.equals("CV");
        if (party) return nn + "-" + (letter ? "CV" : docType) + "/" + issuer;
        if (letter) return nn + "/" + issuer + (letterField == null || letterField.isBlank() ? "" : "-" + letterField);
        return nn + "/" + docType + "-" + issuer;
    }
}
