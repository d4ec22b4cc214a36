package vn.gandan.signing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;

/**
 * Checks every signature of a PDF: the CMS over the signed byte ranges (integrity), whether the ranges end at the
 * end of the file (nothing appended after signing), the signer's certificate and whether it is trusted.
 */
final class PadesVerifier {

    /** The known unit whose certificate this is (by SHA-256 of its DER), or null. */
    interface Trust extends Function<X509Certificate, TrustedUnit> {
    }

    record TrustedUnit(long unitId, String unitName) {
    }

    private PadesVerifier() {
    }

    /** @throws IOException when the bytes are not a readable PDF */
    static VerificationView verify(byte[] pdf, Trust trust) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<VerificationView.Signature> out = new ArrayList<>();
            for (PDSignature sig : doc.getSignatureDictionaries()) {
                out.add(one(sig, pdf, trust));
            }
            return new VerificationView(!out.isEmpty(), !out.isEmpty() && out.stream().allMatch(VerificationView.Signature::valid),
                    out);
        }
    }

    /** The CMS object at the start of /Contents: the rest of the reserved space is zero padding. */
    private static ContentInfo cmsOf(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static VerificationView.Signature one(PDSignature sig, byte[] pdf, Trust trust) throws IOException {
        int[] range = sig.getByteRange();
        boolean whole = range != null && range.length == 4 && range[0] == 0 && (long) range[2] + range[3] == pdf.length;
        OffsetDateTime when = sig.getSignDate() == null ? null
                : sig.getSignDate().toInstant().atZone(ZoneId.of("Asia/Ho_Chi_Minh")).toOffsetDateTime();
        X509Certificate cert = null;
        boolean intact = false;
        boolean pades = false;
        try {
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(sig.getSignedContent(pdf)), cmsOf(sig.getContents(pdf)));
            SignerInformation signer = cms.getSignerInfos().getSigners().iterator().next();
            Collection<X509CertificateHolder> holders = cms.getCertificates().getMatches(signer.getSID());
            if (!holders.isEmpty()) {
                cert = (X509Certificate) CertificateFactory.getInstance("X.509")
                        .generateCertificate(new ByteArrayInputStream(holders.iterator().next().getEncoded()));
                intact = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(cert));
            }
            pades = PDSignature.SUBFILTER_ETSI_CADES_DETACHED.getName().equals(sig.getSubFilter())
                    && signer.getSignedAttributes() != null
                    && signer.getSignedAttributes().get(PKCSObjectIdentifiers.id_aa_signingCertificateV2) != null;
        } catch (Exception e) {
            intact = false; // a broken or altered signature: reported, not thrown
            org.slf4j.LoggerFactory.getLogger(PadesVerifier.class).debug("signature not verified", e);
        }
        TrustedUnit unit = cert == null ? null : trust.apply(cert);
        return new VerificationView.Signature(sig.getName(),
                cert == null ? null : CertificateFactoryOfUnits.name(cert.getSubjectX500Principal()),
                cert == null ? null : CertificateFactoryOfUnits.name(cert.getIssuerX500Principal()),
                cert == null ? null : cert.getSerialNumber().toString(16), when, sig.getSubFilter(), intact, whole, pades,
                unit != null, unit == null ? null : unit.unitId(), unit == null ? null : unit.unitName(), sig.getReason());
    }
}
