package vn.gandan.notifications;

import java.time.format.DateTimeFormatter;
import java.util.List;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import vn.gandan.access.Recipients;
import vn.gandan.access.Role;
import vn.gandan.petitions.PetitionOverdue;

/**
 * Escalation of an overdue case (issue 9, item 3): its handler, the leaders of its unit and the leaders and
 * specialists of the unit above each hear of it once (keys per case, stage, deadline and receiver), worded from the
 * bundle in the reader's language; the text names the case by tracking code and register number, never the citizen.
 */
@Component
class CaseOverdueNotices {

    private static final DateTimeFormatter VN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Notices notices;
    private final Recipients recipients;

    CaseOverdueNotices(Notices notices, Recipients recipients) {
        this.notices = notices;
        this.recipients = recipients;
    }

    @ApplicationModuleListener
    void on(PetitionOverdue e) {
        deliver(e);
    }

    /** Returns how many of the three receivers (handler, unit, unit above) were told now. */
    int deliver(PetitionOverdue e) {
        String key = "petition-overdue|" + e.petitionId() + "|" + e.stage() + "|" + e.due();
        String day = e.due().format(VN);
        NoticeText title = NoticeText.of("notifications.petitionOverdue.title", e.code());
        String link = "/petitions/" + e.petitionId();
        int told = 0;
        if (e.handler() != null) {
            told += recipients.byUsername(e.handler()).filter(r -> notices.toPersonOnce(key + "|handler", r.accountId(),
                    e.unitId(), "PETITION_OVERDUE", title, body("handler", e, day), link)).isPresent() ? 1 : 0;
        }
        told += notices.sendOnceTo(key + "|unit", e.unitId(), List.of(Role.LEADER), "PETITION_OVERDUE", title,
                body("unit", e, day), link) ? 1 : 0;
        if (e.parentUnitId() != null) {
            told += notices.sendOnceTo(key + "|above", e.parentUnitId(), List.of(Role.LEADER, Role.SPECIALIST),
                    "PETITION_OVERDUE", title, body("above", e, day), link) ? 1 : 0;
        }
        return told;
    }

    private static NoticeText body(String who, PetitionOverdue e, String day) {
        return NoticeText.of("notifications.petitionOverdue." + e.stage() + "." + who, e.code(), e.registerNo(), day);
    }
}
