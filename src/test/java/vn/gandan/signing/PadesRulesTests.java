package vn.gandan.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** PAdES B-B signing and verifying without the application: what each check says of one signed PDF. */
class PadesRulesTests {

    @Test
    void aSignatureCoversTheWholeFileIsIntactAndCarriesSigningCertificateV2() throws Exception {
        UnitKey key = CertificateFactoryOfUnits.selfSigned(7, "Trường Tiểu học Phước Sang", Instant.now(), 1);
        byte[] signed = PadesSigner.sign(SigningTests.blankPdf(), key, "Hiệu trưởng", "Ký ban hành",
                PadesSigner.calendar(Instant.now()));
        VerificationView v = PadesVerifier.verify(signed, c -> new PadesVerifier.TrustedUnit(7, "Phước Sang"));
        VerificationView.Signature s = v.signatures().get(0);
        assertThat(s).extracting(VerificationView.Signature::intact, VerificationView.Signature::coversWholeDocument,
                VerificationView.Signature::pades, VerificationView.Signature::trusted).containsExactly(true, true, true, true);
        assertThat(v.valid()).isTrue();
    }

    @Test
    void aCertificateNoUnitHoldsIsNotTrusted() throws Exception {
        UnitKey key = CertificateFactoryOfUnits.selfSigned(7, "Đơn vị lạ", Instant.now(), 1);
        byte[] signed = PadesSigner.sign(SigningTests.blankPdf(), key, "Ai đó", "Ký", PadesSigner.calendar(Instant.now()));
        VerificationView v = PadesVerifier.verify(signed, c -> null);
        assertThat(v.signatures().get(0).intact()).isTrue();
        assertThat(v.signatures().get(0).trusted()).isFalse();
        assertThat(v.valid()).isFalse();
    }
}
