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
    private final java.time.Clock clock;

    ImportApiController(Parsing parsing, ImportUnits units, PlanService plans, vn.gandan.plans.CoReceiverNames coReceivers,
                        java.time.Clock clock) {
        this.parsing = parsing;
        this.units = units;
        this.plans = plans;
        this.coReceivers = coReceivers;
        this.clock = clock;
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
        ReviewForm form = ReviewForm.from(parsed.fields());
        if (form.getPeriodValue() == null) {
            // No year anywhere in the document (the parse answers "period": null): there is no review step here, so the
            // draft is for the current year, to be corrected in the editor.
            form.setPeriodKind("YEAR");
            form.setPeriodValue(String.valueOf(java.time.Year.now(clock).getValue()));
        }
        return plans.create(DraftPlanMapping.toCommand(form, unitId, coReceivers::resolve));
    }
}
