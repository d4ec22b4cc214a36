package vn.gandan.notifications;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.gandan.access.Recipients;
import vn.gandan.access.Role;
import vn.gandan.access.Recipients.Recipient;

/**
 * Sends a notice to the people of a unit (every account granted a role on it) or to one person: an in-app row each,
 * and an e-mail to those who keep "one e-mail per notice" and have an address. With a {@code key}, the notice is sent
 * only if that key was never sent before (a unique row, safe across nodes). A failing mail server never loses the
 * in-app notice (it is logged).
 */
@Component
class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final NoticeStore store;
    private final Recipients recipients;
    private final Mail mail;
    private final org.springframework.context.MessageSource messages;

    Notices(NoticeStore store, Recipients recipients, Mail mail, org.springframework.context.MessageSource messages) {
        this.store = store;
        this.recipients = recipients;
        this.mail = mail;
        this.messages = messages;
    }

    /** Claims the key and records the notices in one transaction: if that fails, the claim is undone and a later run retries. */
    @Transactional
    boolean sendOnce(String key, long unitId, String kind, NoticeText subject, NoticeText body, String link) {
        if (!store.claim(key)) {
            return false;
        }
        send(unitId, kind, subject, body, link);
        return true;
    }

    /**
     * Like {@link #sendOnce} but only to the people holding one of {@code roles} on the unit (each person once);
     * with no role, to everyone of the unit.
     */
    @Transactional
    boolean sendOnceTo(String key, long unitId, List<Role> roles, String kind, String subject, String body, String link) {
        return sendOnceTo(key, unitId, roles, kind, NoticeText.literal(subject), NoticeText.literal(body), link);
    }

    /** Text already worded by the caller (not re-rendered in the recipient's language). */
    @Transactional
    boolean sendOnce(String key, long unitId, String kind, String subject, String body, String link) {
        return sendOnce(key, unitId, kind, NoticeText.literal(subject), NoticeText.literal(body), link);
    }

    @Transactional
    boolean sendOnceTo(String key, long unitId, List<Role> roles, String kind, NoticeText subject, NoticeText body,
                       String link) {
        if (roles.isEmpty()) return sendOnce(key, unitId, kind, subject, body, link);
        if (!store.claim(key)) {
            return false;
        }
        Map<Long, Recipient> people = new LinkedHashMap<>();
        roles.forEach(r -> recipients.ofUnit(unitId, r).forEach(p -> people.putIfAbsent(p.accountId(), p)));
        if (people.isEmpty()) log.info("Unit {} has no {} to receive notice {}", unitId, roles, subject.key());
        people.values().forEach(p -> deliver(p, unitId, kind, subject, body, link));
        return true;
    }

    /** To every person of the unit; returns how many people it reached. */
    @Transactional
    int send(long unitId, String kind, NoticeText subject, NoticeText body, String link) {
        List<Recipient> people = recipients.ofUnit(unitId);
        if (people.isEmpty()) {
            log.info("Unit {} has no account to receive notice {}", unitId, subject.key());
        }
        people.forEach(p -> deliver(p, unitId, kind, subject, body, link));
        return people.size();
    }

    /** To one person, only if {@code key} was never sent before (per-person reminders; safe across nodes). */
    @Transactional
    boolean toPersonOnce(String key, long accountId, Long unitId, String kind, String subject, String body, String link) {
        return toPersonOnce(key, accountId, unitId, kind, NoticeText.literal(subject), NoticeText.literal(body), link);
    }

    @Transactional
    boolean toPersonOnce(String key, long accountId, Long unitId, String kind, NoticeText subject, NoticeText body,
                         String link) {
        if (!store.claim(key)) {
            return false;
        }
        toPerson(accountId, unitId, kind, subject, body, link);
        return true;
    }

    /** To one person (e.g. the leader whose approval is awaited). */
    @Transactional
    void toPerson(long accountId, Long unitId, String kind, NoticeText subject, NoticeText body, String link) {
        recipients.byId(accountId).ifPresent(p -> deliver(p, unitId, kind, subject, body, link));
    }

    /** Rendered in the person's language (their preference, Vietnamese by default). */
    private void deliver(Recipient p, Long unitId, String kind, NoticeText subject, NoticeText body, String link) {
        NoticeStore.Preference pref = store.preference(p.accountId());
        String title = subject.render(messages, pref.locale());
        String text = body.render(messages, pref.locale());
        store.insert(p.accountId(), unitId, kind, title, text, link);
        if (p.email() != null && pref.emailEach()) {
            mail.trySend(p.email(), title, text, link);
        }
    }
}
