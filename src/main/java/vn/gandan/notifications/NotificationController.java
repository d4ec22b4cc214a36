package vn.gandan.notifications;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.gandan.access.AccessService;
import vn.gandan.platform.SessionStamp;
import vn.gandan.shared.NavBadge;
import vn.gandan.shared.NavItem;
import vn.gandan.shared.NotFoundException;

/** The caller's own notices, newest first: read one, open its object (marking it read), mark all read, e-mail choices. */
@Controller
class NotificationController {

    private final NoticeStore store;
    private final AccessService access;
    private final Clock clock;

    NotificationController(NoticeStore store, AccessService access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    @Bean
    static NavItem notificationsNav() {
        return new NavItem("nav.notifications", "/notifications", 60, "bell", null);
    }

    /** The unread count beside "Thông báo" in the menu: read with the session ({@link UnreadStamp}), else counted. */
    @Bean
    static NavBadge unreadNotices(NoticeStore store, AccessService access) {
        return new NavBadge() {
            public String path() {
                return "/notifications";
            }

            public long count() {
                return SessionStamp.current(UnreadStamp.ATTRIBUTE)
                        .orElseGet(() -> access.caller().map(c -> store.unread(c.accountId())).orElse(0L));
            }
        };
    }

    @GetMapping("/notifications")
    String list(Model model) {
        long me = access.requireCaller().accountId();
        vn.gandan.shared.ListPage.Slice<NoticeStore.Notice> latest = store.of(me, new vn.gandan.shared.ListPage(1, NoticeStore.LIST_CAP));
        model.addAttribute("notices", latest.rows().stream().map(n -> new NoticeStore.Notice(n.id(), n.kind(),
                n.title(), n.body(), n.link(), n.createdAt().atZoneSameInstant(clock.getZone()).toOffsetDateTime(),
                n.readAt())).toList());
        model.addAttribute("truncated", latest.more());
        model.addAttribute("unread", store.unread(me));
        model.addAttribute("preference", store.preference(me));
        return "notifications/list";
    }

    @PostMapping("/notifications/{id}/read")
    String read(@PathVariable long id) {
        if (!store.markRead(access.requireCaller().accountId(), id)) {
            throw new NotFoundException("notice", id);
        }
        return "redirect:/notifications";
    }

    /** Follows the notice's link (to the plan, task or report) and marks it read on the way. */
    @GetMapping("/notifications/{id}/open")
    String open(@PathVariable long id) {
        long me = access.requireCaller().accountId();
        NoticeStore.Notice n = store.find(me, id).orElseThrow(() -> new NotFoundException("notice", id));
        store.markRead(me, id);
        return "redirect:" + (n.link() == null || !n.link().startsWith("/") ? "/notifications" : n.link());
    }

    @PostMapping("/notifications/read-all")
    String readAll() {
        store.markAllRead(access.requireCaller().accountId());
        return "redirect:/notifications";
    }

    @PostMapping("/notifications/preferences")
    String preferences(@RequestParam(defaultValue = "false") boolean emailEach,
                       @RequestParam(defaultValue = "false") boolean digest,
                       @RequestParam(defaultValue = "vi") String language) {
        store.savePreference(access.requireCaller().accountId(),
                new NoticeStore.Preference(emailEach, digest, "en".equals(language) ? "en" : "vi"));
        return "redirect:/notifications?saved";
    }
}
