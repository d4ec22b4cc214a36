package vn.gandan.emulation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;

/** {@code /api/v1/models}: "Dân vận khéo" models and exemplars, registered and taken through their lifecycle. */
@RestController
@RequestMapping("/api/v1/models")
@Tag(name = "emulation")
class ModelApiController {

    private final ModelRegistry registry;
    private final ModelSteps steps;
    private final ModelQueries queries;

    ModelApiController(ModelRegistry registry, ModelSteps steps, ModelQueries queries) {
        this.registry = registry;
        this.steps = steps;
        this.queries = queries;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Đăng ký mô hình, điển hình \"Dân vận khéo\" (10 nội dung, đúng một lĩnh vực)")
    ModelView register(@RequestBody NewModel body) {
        return registry.register(body);
    }

    @GetMapping
    @Operation(summary = "Mô hình trong phạm vi của người gọi (hoặc của đơn vị), mới nhất trước; trang page (từ 1), size tối đa "
            + ModelQueries.LIST_CAP + " (mặc định); còn trang sau thì có tiêu đề Link rel=\"next\"")
    ResponseEntity<List<ModelView>> list(@RequestParam(required = false) Long unitId, @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size, ModelQueries.LIST_CAP);
        return ListAnswers.of(asked, unitId == null ? queries.visible(asked) : queries.forUnit(unitId, asked));
    }

    @GetMapping("/{id}")
    ModelView get(@PathVariable long id) {
        return queries.get(id);
    }

    @PostMapping("/{id}/{step}")
    @Operation(summary = "Bước tiếp theo của mô hình: ra mắt (launch), theo dõi (progress), đánh giá (evaluate), "
            + "công nhận (recognise), nhân rộng (replicate); 409 nếu sai thứ tự")
    ModelView step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) StepBody body) {
        return steps.apply(id, step, body == null ? StepBody.EMPTY : body);
    }
}
