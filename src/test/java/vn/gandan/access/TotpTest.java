package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 6238 appendix B test vectors (SHA-1 seed "12345678901234567890", 8 digits) and the rules around them. */
class TotpTest {

    private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

    @Test
    void codesAreThoseOfRfc6238AppendixB() {
        assertThat(Totp.code(SEED, 59 / 30, 8, "HmacSHA1")).isEqualTo("94287082");
        assertThat(Totp.code(SEED, 1111111109L / 30, 8, "HmacSHA1")).isEqualTo("07081804");
        assertThat(Totp.code(SEED, 1111111111L / 30, 8, "HmacSHA1")).isEqualTo("14050471");
        assertThat(Totp.code(SEED, 1234567890L / 30, 8, "HmacSHA1")).isEqualTo("89005924");
        assertThat(Totp.code(SEED, 2000000000L / 30, 8, "HmacSHA1")).isEqualTo("69279037");
        assertThat(Totp.code(SEED, 20000000000L / 30, 8, "HmacSHA1")).isEqualTo("65353130");
    }

    @Test
    void base32RoundTripsAndMatchesRfc4648() {
        assertThat(Totp.base32("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
        assertThat(new String(Totp.decode("MZXW6YTBOI"), StandardCharsets.US_ASCII)).isEqualTo("foobar");
        assertThat(Totp.decode(Totp.base32(SEED))).isEqualTo(SEED);
    }

    @Test
    void aCodeMatchesWithinOneStepOfDriftAndOnlyOnce() {
        String secret = Totp.base32(SEED);
        long t = 1234567890L;
        String now = Totp.code(SEED, t / 30, 6, "HmacSHA1");
        assertThat(Totp.matchingStep(secret, now, t, 0)).isEqualTo(t / 30);
        assertThat(Totp.matchingStep(secret, now, t + 30, 0)).as("30 s late").isEqualTo(t / 30);
        assertThat(Totp.matchingStep(secret, now, t + 90, 0)).as("90 s late").isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, now, t, t / 30)).as("replayed").isEqualTo(-1);
        assertThat(Totp.matchingStep(secret, "12 34", t, 0)).isEqualTo(-1);
    }

    @Test
    void theEnrolmentUriNamesIssuerAccountAndSecret() {
        assertThat(Totp.uri("Gần Dân", "ld.phugiao", "ABC"))
                .startsWith("otpauth://totp/G%E1%BA%A7n%20D%C3%A2n:ld.phugiao?secret=ABC&issuer=")
                .contains("digits=6").contains("period=30");
    }
}
