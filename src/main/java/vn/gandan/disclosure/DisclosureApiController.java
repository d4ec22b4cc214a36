package vn.gandan.disclosure;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gandan.access.AccessService;
import vn.gandan.org.UnitService;

/** {@code /api/v1/disclosures}: the catalogue that applies, publications, evidence files, compliance over a subtree. */
@RestController
@RequestMapping("/api/v1/disclosures")
@Tag(name = "disclosure")
class DisclosureApiController {

    private final DisclosureService service;
    private final DisclosureStore store;
    private final DisclosureCompliance compliance;
    private final Catalogue catalogue;
    private final UnitService units;
    private final AccessService access;

    DisclosureApiController(DisclosureService service, DisclosureStore store, DisclosureCompliance compliance,
                            Catalogue catalogue, UnitService units, AccessService access) {
        this.service = service;
        this.store = store;
        this.compliance = compliance;
        this.catalogue = catalogue;
        this.units = units;
        this.access = access;
    }

    @GetMapping("/items")
    @Operation(summary = "Danh mục công khai áp dụng cho đơn vị (TT 09/2024 theo cấp học; công khai nội bộ)")
    List<CatalogueItem> items(@RequestParam long unitId) {
        access.requireVisible(unitId);
        return catalogue.applicable(units.get(unitId), store.today());
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Ghi nhận một lần công khai: hình thức, kỳ, minh chứng; trả về hiệu lực đến (validUntil)")
    DisclosureView publish(@RequestBody DisclosureService.Publish body) {
        return service.publish(body);
    }

    @GetMapping
    List<DisclosureView> list(@RequestParam long unitId) {
        return store.forUnit(unitId);
    }

    @GetMapping("/{id}")
    DisclosureView get(@PathVariable long id) {
        return store.get(id);
    }

    @PostMapping(path = "/{id}/file", consumes = "multipart/form-data")
    DisclosureView file(@PathVariable long id, @RequestPart("file") MultipartFile file) throws java.io.IOException {
        return service.attach(id, file.getOriginalFilename(), file.getBytes());
    }

    @GetMapping("/compliance")
    @Operation(summary = "Tỉ lệ công khai đúng hạn trên cây đơn vị vào một ngày (mục hết hiệu lực tính là chưa làm — G1)")
    DisclosureCompliance.Summary compliance(@RequestParam long unitId,
                                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        access.requireVisible(unitId);
        return compliance.on(unitId, on == null ? store.today() : on);
    }
}
