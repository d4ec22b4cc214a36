package vn.gandan.notifications;

import java.time.format.DateTimeFormatter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.gandan.access.Recipients;
import vn.gandan.access.Role;
import vn.gandan.petitions.ReceptionDayApproached;

/**
 * A head's citizen reception day is near (rules.md D1): each leader of the unit gets a person notice, and an e-mail
 * when the person keeps "one e-mail per notice". The key {@code reception|schedule|day|account} makes it exactly
 * once per person, however many nodes receive the event or the event is republished after a restart.
 */
@Component
class ReceptionNotices {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Notices notices;
    private final Recipients recipients;

    ReceptionNotices(Notices notices, Recipients recipients) {
        this.notices = notices;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(ReceptionDayApproached e) {
        deliver(e);
    }

    /** Sends to each leader who was not yet told of this day; returns how many were told now. */
    int deliver(ReceptionDayApproached e) {
        String day = e.day().format(VN);
        NoticeText subject = NoticeText.of("notifications.reception.subject", day);
        NoticeText body = NoticeText.of("notifications.reception.body", e.hostName(), e.hostPosition(), day, e.place());
        String link = "/petitions/receptions?unitId=" + e.unitId() + "&month=" + e.day().toString().substring(0, 7);
        return (int) recipients.ofUnit(e.unitId(), Role.LEADER).stream().filter(r -> notices.toPersonOnce(
                "reception|" + e.scheduleId() + "|" + e.day() + "|" + r.accountId(), r.accountId(), e.unitId(),
                "RECEPTION", subject, body, link)).count();
    }
}
