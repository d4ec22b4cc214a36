package vn.gandan.notifications;

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
        String body = e.lateItems().isEmpty()
                ? "Đề nghị đơn vị rà soát và hoàn thành đúng hạn các nhiệm vụ, báo cáo được giao."
                : "Đề nghị đơn vị khẩn trương hoàn thành:\n- " + String.join("\n- ", e.lateItems());
        notices.send(e.unitId(), "NUDGE", "Nhắc nhở từ " + e.fromUnitName(), body, e.link());
    }
}
