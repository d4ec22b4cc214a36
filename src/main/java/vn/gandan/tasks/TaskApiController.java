package vn.gandan.tasks;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
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
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;

/** {@code /api/v1/tasks}: a unit's tasks, one task, progress reports, occurrences done, comments and evidence. */
@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "tasks")
class TaskApiController {

    private final TaskQueries queries;
    private final TaskWork work;
    private final Evidence evidence;

    TaskApiController(TaskQueries queries, TaskWork work, Evidence evidence) {
        this.queries = queries;
        this.work = work;
        this.evidence = evidence;
    }

    record UpdateBody(Integer progress, String note, String link) {
    }

    record CommentBody(String body) {
    }

    @GetMapping
    @Operation(summary = "Việc của đơn vị (chủ trì hoặc phối hợp), quá hạn trước rồi sắp đến hạn; trang page (từ 1), size tối đa "
            + TaskQueries.MAX_ROWS + " (mặc định); còn trang sau thì có tiêu đề Link rel=\"next\"")
    ResponseEntity<List<TaskView>> list(@RequestParam(required = false) Long unitId, @RequestParam(defaultValue = "ALL") String status,
                                        @RequestParam(required = false) Integer dueWithinDays,
                                        @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size, TaskQueries.MAX_ROWS);
        return ListAnswers.of(asked, unitId == null ? queries.visibleToCaller(asked) : queries.forUnit(unitId, status, dueWithinDays, asked));
    }

    @GetMapping("/{id}")
    TaskDetails get(@PathVariable long id) {
        return queries.details(id);
    }

    @PostMapping("/{id}/updates")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Báo cáo tiến độ (phần trăm, ghi chú, đường dẫn minh chứng) — đơn vị chủ trì")
    TaskView report(@PathVariable long id, @RequestBody UpdateBody body) {
        return work.report(id, body.progress(), body.note(), body.link());
    }

    @PostMapping("/{id}/occurrences/{occurrenceId}/done")
    TaskView done(@PathVariable long id, @PathVariable long occurrenceId) {
        return work.markDone(id, occurrenceId);
    }

    @PostMapping("/{id}/comments")
    @ResponseStatus(HttpStatus.CREATED)
    TaskDetails comment(@PathVariable long id, @RequestBody CommentBody body) {
        work.comment(id, body.body());
        return queries.details(id);
    }

    @PostMapping(path = "/{id}/files", consumes = "multipart/form-data")
    @ResponseStatus(HttpStatus.CREATED)
    Map<String, Long> upload(@PathVariable long id, @RequestPart("file") MultipartFile file) throws java.io.IOException {
        return Map.of("id", evidence.add(id, file.getOriginalFilename(), file.getBytes()));
    }
}
