package vn.gandan.petitions;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.shared.NotFoundException;

/** {@code /api/v1/public/petitions}: file and track without an account. */
@RestController
@RequestMapping("/api/v1/public/petitions")
class PublicPetitionApi {

    private final PublicPortal portal;

    PublicPetitionApi(PublicPortal portal) {
        this.portal = portal;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Object> submit(@RequestBody PublicPortal.Submission body, HttpServletRequest req) {
        String code = portal.submit(body, req.getRemoteAddr(), Channel.TRUC_TUYEN);
        return Map.of("code", code);
    }

    @GetMapping("/{code}")
    PublicPortal.PublicStatus track(@PathVariable String code) {
        return portal.track(code).orElseThrow(() -> new NotFoundException("petition", code));
    }
}
