package vn.gandan.signing;

import java.io.IOException;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.AccessService;
import vn.gandan.access.AuditLog;
import vn.gandan.access.Role;
import vn.gandan.org.UnitService;
import vn.gandan.org.UnitView;
import vn.gandan.shared.FieldProblem;
import vn.gandan.shared.NotFoundException;
import vn.gandan.shared.ProblemException;

/**
 * The units' signing keys and the signatures made with them: a leader or the unit's administrator generates a
 * self-signed unit certificate or uploads a PKCS#12; issued documents are signed (PAdES B-B) and the signed copy is
 * kept with who signed and when; anyone signed in may verify an uploaded PDF.
 */
@Service
@Transactional
public class SigningService {

    static final int SELF_SIGNED_YEARS = 5;

    private final UnitKeyStore store;
    private final SignedCopies copies;
    private final AccessService access;
    private final UnitService units;
    private final AuditLog audit;
    private final Clock clock;

    SigningService(UnitKeyStore store, SignedCopies copies, AccessService access, UnitService units, AuditLog audit,
                   Clock clock) {
        this.store = store;
        this.copies = copies;
        this.access = access;
        this.units = units;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<CertificateView> certificate(long unitId) {
        unit(unitId);
        return store.view(unitId);
    }

    /** Whether the caller may generate or upload the unit's key (its leader or administrator). */
    @Transactional(readOnly = true)
    public boolean canManage(long unitId) {
        return access.hasRole(unitId, Role.LEADER) || access.hasRole(unitId, Role.UNIT_ADMIN);
    }

    /** A new self-signed unit certificate (replacing the unit's key; former certificates stay known). */
    public CertificateView generate(long unitId) {
        UnitView u = requireManager(unitId);
        UnitKey key = CertificateFactoryOfUnits.selfSigned(unitId, u.name(), Instant.now(clock), SELF_SIGNED_YEARS);
        return keep(key, "SELF_SIGNED");
    }

    /** The key and chain of an uploaded PKCS#12; 422 in Vietnamese when it cannot be read. */
    public CertificateView upload(long unitId, byte[] p12, String password) {
        requireManager(unitId);
        if (p12 == null || p12.length == 0) {
            throw ProblemException.invalid("signing.upload.empty", List.of(FieldProblem.of("file", "signing.upload.empty")));
        }
        try {
            UnitKey key = CertificateFactoryOfUnits.fromPkcs12(unitId, p12, password == null ? new char[0] : password.toCharArray());
            return keep(key, "PKCS12");
        } catch (GeneralSecurityException | RuntimeException e) {
            throw ProblemException.invalid("signing.upload.unreadable",
                    List.of(FieldProblem.of("file", "signing.upload.unreadable")));
        }
    }

    /**
     * The issued document signed with the unit's key, kept under {@code (subject, subjectId)}; the kept copy when it
     * was signed before. Empty when the unit holds no key (the document is issued unsigned).
     */
    public Optional<byte[]> signIssued(String subject, long subjectId, long unitId, byte[] pdf, String signerName,
                                       String reason) {
        return signIssued(subject, subjectId, unitId, () -> pdf, signerName, reason);
    }

    /** As above, rendering the PDF only when there is something to sign (the unit holds a key, no copy is kept yet). */
    public Optional<byte[]> signIssued(String subject, long subjectId, long unitId, java.util.function.Supplier<byte[]> render,
                                       String signerName, String reason) {
        Optional<SignedCopies.Copy> kept = copies.find(subject, subjectId);
        if (kept.isPresent()) {
            return Optional.of(kept.get().pdf());
        }
        return store.open(unitId).map(key -> {
            Instant at = Instant.now(clock);
            byte[] signed = PadesSigner.sign(render.get(), key, signerName, reason, PadesSigner.calendar(at));
            copies.keep(subject, subjectId, unitId, signed, signerName, CertificateFactoryOfUnits.name(key.certificate().getSubjectX500Principal()), at);
            audit.record("SIGN", subject, subjectId, null, Map.of("unitId", unitId, "signer", signerName));
            return copies.find(subject, subjectId).map(SignedCopies.Copy::pdf).orElse(signed); // a parallel first download wins
        });
    }

    /** The kept signed copy of an issued document. */
    @Transactional(readOnly = true)
    public Optional<byte[]> signedCopy(String subject, long subjectId) {
        return copies.find(subject, subjectId).map(SignedCopies.Copy::pdf);
    }

    /** Who signed the kept copy, when, with which certificate. */
    @Transactional(readOnly = true)
    public Optional<SignatureInfo> signatureOf(String subject, long subjectId) {
        return copies.find(subject, subjectId).map(c -> new SignatureInfo(c.signerName(), c.certificateSubject(), c.signedAt()));
    }

    /** Who signed a document, with which certificate, when. */
    public record SignatureInfo(String signerName, String certificateSubject, java.time.OffsetDateTime signedAt) {
    }

    /** The signatures of an uploaded PDF; 422 in Vietnamese when the file is empty or not a PDF. */
    @Transactional(readOnly = true)
    public VerificationView verify(byte[] pdf) {
        if (pdf == null || pdf.length == 0) {
            throw ProblemException.invalid("signing.verify.empty", List.of(FieldProblem.of("file", "signing.verify.empty")));
        }
        try {
            return PadesVerifier.verify(pdf, cert -> store.unitOf(cert)
                    .map(id -> new PadesVerifier.TrustedUnit(id, units.find(id).map(UnitView::name).orElse(null)))
                    .orElse(null));
        } catch (IOException e) {
            throw ProblemException.invalid("signing.verify.notPdf", List.of(FieldProblem.of("file", "signing.verify.notPdf")));
        }
    }

    private CertificateView keep(UnitKey key, String origin) {
        store.save(key, origin, access.requireCaller().username());
        audit.record("CERTIFICATE", "SigningKey", key.unitId(), null,
                Map.of("origin", origin, "subject", CertificateFactoryOfUnits.name(key.certificate().getSubjectX500Principal())));
        return store.view(key.unitId()).orElseThrow();
    }

    /** 404 outside the caller's scope, 403 unless the caller leads or administers the unit. */
    public UnitView requireManager(long unitId) {
        UnitView u = unit(unitId);
        if (!canManage(unitId)) {
            throw ProblemException.forbidden("signing.managerOnly");
        }
        return u;
    }

    private UnitView unit(long unitId) {
        access.requireVisible(unitId);
        return units.find(unitId).orElseThrow(() -> new NotFoundException("unit", unitId));
    }
}
