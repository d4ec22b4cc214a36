package vn.gandan.petitions;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AuditLog;
import vn.gandan.shared.NotFoundException;

/**
 * A session logged from the reception page, optionally opening a case from the visit (the visitor becomes the
 * petitioner, the session is linked to it) in one transaction; and the visitor's identity, read only by a
 * handler of the unit and audited (protected personal data, Luật 136/2025).
 */
@Service
@Transactional
class ReceptionVisits {

    private final Receptions receptions;
    private final PetitionIntake intake;
    private final CaseAccess cases;
    private final IdentityCipher cipher;
    private final JdbcClient jdbc;
    private final AuditLog audit;

    ReceptionVisits(Receptions receptions, PetitionIntake intake, CaseAccess cases, IdentityCipher cipher,
                    JdbcClient jdbc, AuditLog audit) {
        this.receptions = receptions;
        this.intake = intake;
        this.cases = cases;
        this.cipher = cipher;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Logs the session; with {@code createCase}, registers the visit as a case received in person and links it. */
    long log(NewReception r, boolean createCase) {
        long id = receptions.log(r);
        if (createCase) {
            NewReception.Visitor v = r.visitor() == null ? new NewReception.Visitor(null, null) : r.visitor();
            long petition = intake.receive(new NewPetition(r.unitId(), r.kind() == null ? null : kindOf(r.kind()), null,
                    r.on(), Channel.TRUC_TIEP.name(), r.content(), new Petitioner(IntakeCheck.blankToNull(v.name()), null,
                    null, IntakeCheck.blankToNull(v.idNumber())), null, null, null, null, null, null, null));
            jdbc.sql("update reception_session set petition_id = :p where id = :id").param("p", petition).param("id", id).update();
        }
        return id;
    }

    /** The visitor's name and ID number: a writer of the session's unit only, each read audited. */
    @Transactional
    Petitioner visitor(long sessionId) {
        Map<String, Object> row = jdbc.sql("select unit_id, visitor_enc from reception_session where id = :id")
                .param("id", sessionId).query().listOfRows().stream().findFirst()
                .orElseThrow(() -> new NotFoundException("reception", sessionId));
        long unit = ((Number) row.get("unit_id")).longValue();
        cases.requireWriter(unit);
        audit.recordRead("ReceptionSession", sessionId);
        return cipher.open((byte[]) row.get("visitor_enc"));
    }

    private static String kindOf(String kind) {
        return switch (kind.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "KN" -> "KHIEU_NAI";
            case "TC" -> "TO_CAO";
            case "KNPA" -> "KIEN_NGHI";
            default -> List.of("KHIEU_NAI", "TO_CAO", "KIEN_NGHI", "PHAN_ANH").contains(kind.strip()) ? kind.strip() : kind;
        };
    }
}
