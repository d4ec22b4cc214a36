package vn.gandan.notifications;

import java.util.List;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.gandan.supervision.UnitReminded;

/** A supervisor's "nhắc nhở" reaches every person of the reminded unit. */
@Component
class SupervisionNotices {

    private final Notices notices;

    SupervisionNotices(Notices notices) {
        this.notices = notices;
    }

    @ApplicationModuleListener
    void on(UnitReminded e) {
        NoticeText body = e.lateItems().isEmpty() ? NoticeText.of("notifications.nudge.bodyNone")
                : NoticeText.of("notifications.nudge.body", List.copyOf(e.lateItems()));
        notices.send(e.unitId(), "NUDGE", NoticeText.of("notifications.nudge.title", e.fromUnitName()), body, e.link());
    }
}
