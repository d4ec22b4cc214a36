package vn.gandan.access;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.gandan.shared.FieldProblem;

/** Issue 14, item 9: what a new password must be. */
class PasswordPolicyTest {

    private static String problem(String password, String username) {
        return PasswordPolicy.check("next", password, username).stream().map(FieldProblem::messageKey).findFirst().orElse("ok");
    }

    @Test
    void shortLongAndUsernamePasswordsAreRefused() {
        assertThat(problem("Ngắn-1", "thu")).isEqualTo("access.password.tooShort");
        assertThat(problem("x".repeat(201), "thu")).isEqualTo("access.password.tooLong");
        assertThat(problem("ThuNguyen-2026-xyz", "thunguyen")).isEqualTo("access.password.containsUsername");
    }

    @Test
    void breachedCommonAndKeyboardRunPasswordsAreRefused() {
        assertThat(problem("password123", "thu")).isEqualTo("access.password.common");
        assertThat(problem("Matkhau@2026", "thu")).as("a listed word wrapped in digits and symbols").isEqualTo("access.password.common");
        assertThat(problem("1234567890", "thu")).isEqualTo("access.password.common");
        assertThat(problem("zzzzzzzzzzzz", "thu")).isEqualTo("access.password.common");
        assertThat(problem("9876543210", "thu")).isEqualTo("access.password.common");
    }

    @Test
    void aLongUncommonPassphraseIsAccepted() {
        assertThat(problem("Sông Hồng chảy ra biển", "thu")).isEqualTo("ok");
        assertThat(problem("Song-Hong-chay-ra-bien", "thu")).isEqualTo("ok");
    }
}
