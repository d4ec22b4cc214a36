package vn.gandan.access;

import jakarta.servlet.http.HttpSession;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The QR image of the enrolment page: the otpauth link of the secret pending in the signed-in user's own session,
 * drawn on the server (no script), never cached, under a CSP of its own that allows nothing. 404 once enrolled.
 */
@Controller
class TotpQrController {

    private final SecondFactor factor;
    private final AccountRepository accounts;

    TotpQrController(SecondFactor factor, AccountRepository accounts) {
        this.factor = factor;
        this.accounts = accounts;
    }

    @GetMapping("/account/totp/qr.png")
    ResponseEntity<byte[]> qr(HttpSession session) {
        Account me = accounts.findByUsername(SecurityContextHolder.getContext().getAuthentication().getName()).orElseThrow();
        if (factor.enrolled(me.id())) {
            return ResponseEntity.notFound().build();
        }
        String secret = SecondFactorController.pendingSecret(session, factor);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .header("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'")
                .header("Content-Disposition", "inline; filename=\"totp.png\"")
                .body(TotpQr.png(Totp.uri("Gần Dân", me.username(), secret)));
    }
}
