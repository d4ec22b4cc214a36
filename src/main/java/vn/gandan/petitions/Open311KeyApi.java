package vn.gandan.petitions;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/open311/keys}: a system administrator issues a key for a partner app (shown once). */
@RestController
class Open311KeyApi {

    private final Open311Keys keys;

    Open311KeyApi(Open311Keys keys) {
        this.keys = keys;
    }

    record KeyRequest(String name) {
    }

    @PostMapping("/api/v1/open311/keys")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, String> issue(@RequestBody(required = false) KeyRequest body) {
        return Map.of("apiKey", keys.issue(body == null ? null : body.name()));
    }
}
