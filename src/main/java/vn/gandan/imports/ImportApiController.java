package vn.gandan.imports;

import java.io.IOException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.gandan.plans.PlanService;
import vn.gandan.plans.PlanView;
import vn.gandan.shared.NotFoundException;

/**
 * {@code POST /api/v1/imports/parse} (multipart {@code file}): the extracted fields as JSON; nothing is stored.
 * {@code POST /api/v1/imports/plans} ({@code file}, {@code unitId}): a draft plan of that unit with the whole text,
 * 201; a unit the caller may not draft for answers 404. Refusals (413, 415, 422) as in {@link Parsing}.
 */
@RestController
class ImportApiController {

    private final Parsing parsing;
    private final ImportUnits units;
    private final PlanService plans;
    private final vn.gandan.plans.CoReceiverNames coReceivers;

    ImportApiController(Parsing parsing, ImportUnits units, PlanService plans, vn.gandan.plans.CoReceiverNames coReceivers) {
        this.parsing = parsing;
        this.units = units;
        this.plans = plans;
        this.coReceivers = coReceivers;
    }

    @PostMapping(path = "/api/v1/imports/parse", produces = "application/json")
    String parse(@RequestParam("file") MultipartFile file) throws IOException {
        return Json.write(parsing.parse(file.getOriginalFilename(), file.getSize(), file.getBytes()).fields());
    }

    @PostMapping(path = "/api/v1/imports/plans", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    PlanView draft(@RequestParam("file") MultipartFile file, @RequestParam("unitId") long unitId) throws IOException {
        if (units.drafting().stream().noneMatch(u -> u.id().equals(unitId))) {
            throw new NotFoundException("unit", unitId);
        }
        Parsing.Parsed parsed = parsing.parse(file.getOriginalFilename(), file.getSize(), file.getBytes());
        return plans.create(DraftPlanMapping.toCommand(ReviewForm.from(parsed.fields()), unitId, coReceivers::resolve));
    }
}
