package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

/**
 * The enrolment QR code reads with a plain detector for every secret. CI once failed on {@link TotpQrTests} because
 * about one drawing in thirty (with the writer's own mask choice) is not found by zxing's detector.
 */
class TotpQrDrawingTests {

    @Test
    void everyDrawnEnrolmentLinkReadsBackWithAPlainDetector() throws Exception {
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < 400; i++) {
            String uri = Totp.uri("Gần Dân", "nguoi.dung" + i, Totp.newSecret(random));
            assertThat(TotpQrTests.decode(TotpQr.png(uri))).as("secret %d", i).isEqualTo(uri);
        }
    }
}
