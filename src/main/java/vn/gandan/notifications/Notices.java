package vn.gandan.notifications;

import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a notice to a unit: an in-app row, and an e-mail to the unit's accounts that have an address. With a
 * {@code key}, the notice is sent only if that key was never sent before (a unique row, safe across nodes).
 */
@Component
class Notices {

    private static final Logger log = LoggerFactory.getLogger(Notices.class);

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final NotificationSettings settings;

    Notices(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, NotificationSettings settings) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.settings = settings;
    }

    /** Claims the key; false if another node (or an earlier run) already sent this notice. */
    @Transactional
    boolean claim(String key) {
        return jdbc.sql("insert into notification_sent(key) values (:k) on conflict do nothing").param("k", key).update() == 1;
    }

    /** Claims the key and sends in one transaction: if sending fails, the claim is undone and a later run retries. */
    @Transactional
    boolean sendOnce(String key, long unitId, String kind, String subject, String body, String link) {
        if (!claim(key)) {
            return false;
        }
        send(unitId, kind, subject, body, link);
        return true;
    }

    @Transactional
    void send(long unitId, String kind, String subject, String body, String link) {
        jdbc.sql("insert into notification(unit_id, kind, subject, body, link) values (:u, :k, :s, :b, :l)")
                .param("u", unitId).param("k", kind).param("s", subject).param("b", body).param("l", link).update();
        List<String> addresses = jdbc.sql("""
                        select distinct a.email from access_account a join access_grant g on g.account_id = a.id
                        where g.unit_id = :u and a.enabled and a.email is not null
                          and (g.valid_to is null or g.valid_to >= current_date)""")
                .param("u", unitId).query(String.class).list();
        Optional.ofNullable(mail.getIfAvailable()).ifPresentOrElse(sender -> addresses.forEach(to -> {
            SimpleMailMessage m = new SimpleMailMessage();
            m.setFrom(settings.from());
            m.setTo(to);
            m.setSubject(subject);
            m.setText(body + (link == null ? "" : "\n\n" + settings.baseUrl() + link));
            sender.send(m);
        }), () -> log.info("No SMTP server configured; in-app notice only for unit {}: {}", unitId, subject));
    }
}
