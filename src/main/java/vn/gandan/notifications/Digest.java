package vn.gandan.notifications;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.gandan.access.Recipients;
import vn.gandan.access.Recipients.Recipient;

/**
 * The daily digest: one e-mail to each person who asked for it, listing their notices of the past day still unread.
 * Every node may run the job: the key {@code digest|account|day} is claimed in the sending transaction, so exactly
 * one node sends each digest, and a failed send is retried by the next run.
 */
@Component
class Digest {

    private static final Logger log = LoggerFactory.getLogger(Digest.class);

    private final NoticeStore store;
    private final Recipients recipients;
    private final Mail mail;
    private final MessageSource messages;
    private final TransactionTemplate tx;
    private final Clock clock;

    Digest(NoticeStore store, Recipients recipients, Mail mail, MessageSource messages, TransactionTemplate tx,
           Clock clock) {
        this.store = store;
        this.recipients = recipients;
        this.mail = mail;
        this.messages = messages;
        this.tx = tx;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.notifications.digest-cron:0 30 6 * * *}", zone = "Asia/Ho_Chi_Minh")
    void daily() {
        send(LocalDate.now(clock));
    }

    /** Sends the digests of {@code day}; returns how many this call sent. */
    int send(LocalDate day) {
        OffsetDateTime since = day.minusDays(1).atStartOfDay(clock.getZone()).toOffsetDateTime();
        int sent = 0;
        for (long account : store.digestAccounts()) {
            Recipient r = recipients.byId(account).orElse(null);
            if (r == null || r.email() == null) {
                continue;
            }
            try {
                sent += Boolean.TRUE.equals(tx.execute(s -> sendOne(r, day, since))) ? 1 : 0;
            } catch (RuntimeException e) {
                log.warn("Digest for account {} not sent, retried on the next run: {}", account, e.toString());
            }
        }
        return sent;
    }

    private boolean sendOne(Recipient r, LocalDate day, OffsetDateTime since) {
        List<NoticeStore.Notice> unread = store.unreadSince(r.accountId(), since);
        if (unread.isEmpty() || !store.claim("digest|" + r.accountId() + "|" + day)) {
            return false;
        }
        java.util.Locale lang = store.preference(r.accountId()).locale();
        StringBuilder body = new StringBuilder(messages.getMessage("notifications.digest.intro", null, lang));
        unread.forEach(n -> body.append("\n\n• ").append(n.title()).append("\n  ").append(n.body())
                .append(n.link() == null ? "" : "\n  " + mail.absolute("/notifications/" + n.id() + "/open")));
        mail.send(r.email(), messages.getMessage("notifications.digest.subject",
                new Object[] {Dates.vn(day), String.valueOf(unread.size())}, lang), body.toString(), "/notifications");
        return true;
    }
}
