package vn.gandan.signing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.time.Instant;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;
import vn.gandan.ApiClient;
import vn.gandan.shared.ProblemException;

/** PAdES B-B signatures made with a unit's key, and what verification says of signed, changed and unsigned PDFs. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SigningTests {

    @Autowired
    SigningService signing;
    @Autowired
    JdbcClient jdbc;
    @LocalServerPort
    int port;

    long phong;

    @BeforeEach
    void asThePhongsLeader() {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("ld.phugiao",
                null, AuthorityUtils.createAuthorityList("ROLE_LEADER")));
        phong = jdbc.sql("select id from org_unit where code = 'PGDDT-PG'").query(Long.class).single();
        if (signing.certificate(phong).isEmpty()) {
            signing.generate(phong);
        }
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aSignedPdfVerifiesAsPadesWithTheUnitAsSignerAndTheSigningTime() {
        byte[] signed = signing.signIssued("TEST", 1001, phong, blankPdf(), "Trưởng phòng GDĐT Phú Giáo", "Ký ban hành").orElseThrow();
        VerificationView v = signing.verify(signed);
        assertThat(v.signed()).isTrue();
        assertThat(v.valid()).isTrue();
        VerificationView.Signature s = v.signatures().get(0);
        assertThat(s.intact()).isTrue();
        assertThat(s.coversWholeDocument()).isTrue();
        assertThat(s.pades()).isTrue();
        assertThat(s.subFilter()).isEqualTo("ETSI.CAdES.detached");
        assertThat(s.trustedUnitId()).isEqualTo(phong);
        assertThat(s.signerName()).isEqualTo("Trưởng phòng GDĐT Phú Giáo");
        assertThat(s.subject()).contains("Phú Giáo");
        assertThat(s.signingTime()).isNotNull();
        assertThat(signing.signatureOf("TEST", 1001)).hasValueSatisfying(i -> assertThat(i.signerName()).contains("Trưởng phòng"));
    }

    @Test
    void aPdfChangedAfterSigningFails() throws Exception {
        byte[] signed = signing.signIssued("TEST", 1002, phong, blankPdf(), "Trưởng phòng", "Ký ban hành").orElseThrow();
        byte[] appended;
        try (PDDocument doc = Loader.loadPDF(signed)) {
            doc.addPage(new PDPage());
            doc.getDocumentCatalog().getCOSObject().setNeedToBeUpdated(true);
            doc.getPages().getCOSObject().setNeedToBeUpdated(true);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.saveIncremental(out);
            appended = out.toByteArray();
        }
        VerificationView afterUpdate = signing.verify(appended);
        assertThat(afterUpdate.valid()).isFalse();
        assertThat(afterUpdate.signatures().get(0).coversWholeDocument()).isFalse();

        byte[] tampered = signed.clone();
        int at = new String(signed, StandardCharsets.ISO_8859_1).indexOf("/MediaBox");
        tampered[at + 1] = (byte) 'N';
        VerificationView afterEdit = signing.verify(tampered);
        assertThat(afterEdit.valid()).isFalse();
        assertThat(afterEdit.signatures().get(0).intact()).isFalse();
    }

    @Test
    void anUnsignedPdfSaysSo() {
        VerificationView v = signing.verify(blankPdf());
        assertThat(v.signed()).isFalse();
        assertThat(v.valid()).isFalse();
        assertThat(v.signatures()).isEmpty();
    }

    @Test
    void aBadUploadAnswers422InVietnamese() throws Exception {
        HttpResponse<String> r = multipart("/api/v1/signing/verify", "van-ban.pdf", "đây không phải PDF".getBytes(StandardCharsets.UTF_8), null);
        assertThat(r.statusCode()).isEqualTo(422);
        assertThat(r.body()).contains("không phải là tệp PDF");
        HttpResponse<String> p12 = multipart("/api/v1/signing/units/" + phong + "/certificate/upload", "khoa.p12",
                "rác".getBytes(StandardCharsets.UTF_8), "sai");
        assertThat(p12.statusCode()).isEqualTo(422);
        assertThat(p12.body()).contains("Không đọc được tệp PKCS#12");
    }

    @Test
    void anUploadedPkcs12IsKeptSealedAndSigns() throws Exception {
        UnitKey made = CertificateFactoryOfUnits.selfSigned(phong, "Phòng GDĐT Phú Giáo (PKCS#12)", Instant.now(), 1);
        KeyStore ks = KeyStore.getInstance("PKCS12");
        ks.load(null, null);
        ks.setKeyEntry("k", made.privateKey(), "mat-khau-2026".toCharArray(), made.chain().toArray(new Certificate[0]));
        ByteArrayOutputStream p12 = new ByteArrayOutputStream();
        ks.store(p12, "mat-khau-2026".toCharArray());
        ProblemException wrong = catchThrowableOfType(ProblemException.class,
                () -> signing.upload(phong, p12.toByteArray(), "sai"));
        assertThat(wrong.status()).isEqualTo(422);
        CertificateView c = signing.upload(phong, p12.toByteArray(), "mat-khau-2026");
        assertThat(c.origin()).isEqualTo("PKCS12");
        byte[] sealed = jdbc.sql("select sealed_key from signing_unit_key where unit_id = :u").param("u", phong)
                .query(byte[].class).single();
        assertThat(new String(sealed, StandardCharsets.ISO_8859_1))
                .doesNotContain(new String(made.privateKey().getEncoded(), StandardCharsets.ISO_8859_1).substring(40, 80));
        byte[] signed = signing.signIssued("TEST", 1003, phong, blankPdf(), "Trưởng phòng", "Ký").orElseThrow();
        assertThat(signing.verify(signed).signatures().get(0).subject()).contains("Phú Giáo (PKCS");
        signing.generate(phong);
        assertThat(signing.verify(signed).valid()).as("a former certificate of the unit is still known").isTrue();
    }

    private HttpResponse<String> multipart(String path, String name, byte[] content, String password) throws Exception {
        String boundary = "----gandan" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        if (password != null) {
            body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"password\"\r\n\r\n" + password)
                    .getBytes(StandardCharsets.UTF_8));
        }
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        ApiClient api = new ApiClient(port).as("ld.phugiao");
        return api.send(api.builder(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Accept-Language", "vi").POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    static byte[] blankPdf() {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
