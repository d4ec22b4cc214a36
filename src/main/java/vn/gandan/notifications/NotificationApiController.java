package vn.gandan.notifications;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.gandan.access.AccessService;
import vn.gandan.shared.ListAnswers;
import vn.gandan.shared.ListPage;
import vn.gandan.shared.NotFoundException;

/** {@code /api/v1/notifications}: the calling person's notices, newest first, and marking one read. */
@RestController
@RequestMapping("/api/v1/notifications")
@Tag(name = "notifications")
class NotificationApiController {

    private final NoticeStore store;
    private final AccessService access;
    private final java.time.Clock clock;

    NotificationApiController(NoticeStore store, AccessService access, java.time.Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** A notice as the API shows it. */
    record NoticeJson(long id, String title, String link, OffsetDateTime createdAt, boolean read) {
    }

    @GetMapping
    @Operation(summary = "Thông báo của người gọi, mới nhất trước; trang page (từ 1), size tối đa " + NoticeStore.LIST_CAP
            + " (mặc định); còn trang sau thì có tiêu đề Link rel=\"next\"")
    ResponseEntity<List<NoticeJson>> list(@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
        ListPage asked = ListPage.of(page, size, NoticeStore.LIST_CAP);
        return ListAnswers.of(asked, store.of(access.requireCaller().accountId(), asked)
                .map(rows -> rows.stream().map(this::json).toList()));
    }

    @PostMapping("/{id}/read")
    @Operation(summary = "Đánh dấu đã đọc (404 nếu không phải thông báo của người gọi)")
    NoticeJson read(@PathVariable long id) {
        long me = access.requireCaller().accountId();
        if (!store.markRead(me, id)) {
            throw new NotFoundException("notice", id);
        }
        return json(store.find(me, id).orElseThrow());
    }

    /** Times in the user's zone (Asia/Ho_Chi_Minh), as the pages show them. */
    private NoticeJson json(NoticeStore.Notice n) {
        return new NoticeJson(n.id(), n.title(), n.link(),
                n.createdAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(), n.read());
    }
}
