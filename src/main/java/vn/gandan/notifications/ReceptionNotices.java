package vn.gandan.notifications;

import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;
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
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Notices notices;
    private final Recipients recipients;
    private final MessageSource messages;

    ReceptionNotices(Notices notices, Recipients recipients, MessageSource messages) {
        this.notices = notices;
        this.recipients = recipients;
        this.messages = messages;
    }

    @ApplicationModuleListener
    void on(ReceptionDayApproached e) {
        deliver(e);
    }

    /** Sends to each leader who was not yet told of this day; returns how many were told now. */
    int deliver(ReceptionDayApproached e) {
        String day = e.day().format(VN);
        String subject = messages.getMessage("notifications.reception.subject", new Object[] {day}, VI);
        String body = messages.getMessage("notifications.reception.body",
                new Object[] {e.hostName(), e.hostPosition(), day, e.place()}, VI);
        String link = "/petitions/receptions?unitId=" + e.unitId() + "&month=" + e.day().toString().substring(0, 7);
        return (int) recipients.ofUnit(e.unitId(), Role.LEADER).stream().filter(r -> notices.toPersonOnce(
                "reception|" + e.scheduleId() + "|" + e.day() + "|" + r.accountId(), r.accountId(), e.unitId(),
                "RECEPTION", subject, body, link)).count();
    }
}
