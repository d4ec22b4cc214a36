package vn.gandan.signing;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** Units' signing certificates and the verification of signed PDFs. */
@RestController
@RequestMapping("/api/v1/signing")
@Tag(name = "Signing")
class SigningApiController {

    private final SigningService signing;

    SigningApiController(SigningService signing) {
        this.signing = signing;
    }

    @GetMapping("/units/{unitId}/certificate")
    @Operation(summary = "The unit's signing certificate: {unitId, certificate} (certificate null when it holds none)")
    UnitCertificate certificate(@PathVariable long unitId) {
        return new UnitCertificate(unitId, signing.certificate(unitId).orElse(null));
    }

    /** A unit and its current certificate, if any. */
    record UnitCertificate(long unitId, CertificateView certificate) {
    }

    @PostMapping("/units/{unitId}/certificate")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Generate a self-signed unit certificate (leader or unit administrator)")
    CertificateView generate(@PathVariable long unitId) {
        return signing.generate(unitId);
    }

    @PostMapping("/units/{unitId}/certificate/upload")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Upload the unit's key and certificate as PKCS#12 (multipart file, password)")
    CertificateView upload(@PathVariable long unitId, @RequestPart(value = "file", required = false) MultipartFile file,
                           @RequestParam(required = false) String password) throws IOException {
        return signing.upload(unitId, file == null ? null : file.getBytes(), password);
    }

    @PostMapping("/verify")
    @Operation(summary = "Verify the signatures of an uploaded PDF (multipart file)")
    VerificationView verify(@RequestPart(value = "file", required = false) MultipartFile file) throws IOException {
        return signing.verify(file == null ? null : file.getBytes());
    }
}
