package vn.gandan.plans;

import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.gandan.documents.OfficialDocument;
import vn.gandan.documents.PdfRenderer;
import vn.gandan.shared.ProblemException;
import vn.gandan.signing.SigningService;

/**
 * The issued plan's PDF, signed (PAdES) with the first issuer's key inside the issue step and kept: the first reader
 * gets the same signed file as every later one. A unit without a key issues unsigned; a key that cannot sign makes
 * the whole issue fail with a 409 (nothing numbered, nothing issued).
 */
@Component
class PlanSigning {

    static final String SUBJECT = "PLAN";
    private static final Logger log = LoggerFactory.getLogger(PlanSigning.class);

    private final PlanQueries queries;
    private final PdfRenderer pdf;
    private final SigningService signing;

    PlanSigning(PlanQueries queries, PdfRenderer pdf, SigningService signing) {
        this.queries = queries;
        this.pdf = pdf;
        this.signing = signing;
    }

    /** Signs the just-issued plan {@code id} (its number and date already saved in this transaction). */
    void signIssued(long id, long issuerUnitId) {
        OfficialDocument doc = queries.document(id);
        try {
            signing.signIssued(SUBJECT, id, issuerUnitId, () -> pdf.render(doc), signer(doc),
                    "Ban hành văn bản số " + doc.numberSymbol());
        } catch (RuntimeException e) {
            log.warn("Plan {} could not be signed with unit {}'s key; not issued", id, issuerUnitId, e);
            throw ProblemException.conflict("plans.issue.signingFailed");
        }
    }

    /** The issued plan's PDF: the kept signed copy, else (the issuer held no key) the document as rendered. */
    byte[] issuedPdf(long id, OfficialDocument doc) {
        return signing.signedCopy(SUBJECT, id).orElseGet(() -> pdf.render(doc));
    }

    /** "Nguyễn Văn A — TRƯỞNG PHÒNG" from the first signature block; the issuer's name when there is none. */
    static String signer(OfficialDocument doc) {
        if (doc.signatures().isEmpty()) return doc.issuers().get(0).name();
        var s = doc.signatures().get(0);
        String who = String.join(" — ", Stream.of(s.name(), s.title()).filter(t -> t != null && !t.isBlank()).toList());
        return who.isBlank() ? doc.issuers().get(0).name() : who;
    }
}
