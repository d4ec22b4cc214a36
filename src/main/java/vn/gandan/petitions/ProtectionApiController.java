package vn.gandan.petitions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/v1/petitions/{id}/protection}: protection of the denouncer (rules.md C7), for identity readers only. */
@RestController
@RequestMapping("/api/v1/petitions/{id}/protection")
@Tag(name = "petitions")
class ProtectionApiController {

    private final Protections protections;

    ProtectionApiController(Protections protections) {
        this.protections = protections;
    }

    @GetMapping
    @Operation(summary = "Yêu cầu và quyết định bảo vệ người tố cáo; rỗng (hidden) với người không được xem danh tính")
    Protections.ProtectionList list(@PathVariable long id) {
        return protections.of(id);
    }

    @PostMapping
    @Operation(summary = "Ghi yêu cầu bảo vệ (personName, relation, measures, grounds) hoặc quyết định (requestId, decision, decisionNo)")
    ResponseEntity<Protections.ProtectionList> record(@PathVariable long id, @RequestBody NewProtection body) {
        boolean created = body.requestId() == null;
        protections.record(id, body);
        return ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(protections.of(id));
    }
}
