package vn.gandan.notifications;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Plain-text e-mail through the configured SMTP server; without one, only a log line. */
@Component
class Mail {

    private static final Logger log = LoggerFactory.getLogger(Mail.class);

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationSettings settings;

    Mail(ObjectProvider<JavaMailSender> sender, NotificationSettings settings) {
        this.sender = sender;
        this.settings = settings;
    }

    String absolute(String link) {
        return settings.baseUrl() + link;
    }

    /** Sends to one address; a link is appended as an absolute address. */
    void send(String to, String subject, String body, String link) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.info("No SMTP server configured; in-app notice only for {}: {}", to, subject);
            return;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(settings.from());
        m.setTo(to);
        m.setSubject(subject);
        m.setText(body + (link == null ? "" : "\n\n" + absolute(link)));
        smtp.send(m);
    }

    /** Like {@link #send}, but a failing server only logs: the in-app notice is the record, the e-mail a courtesy. */
    void trySend(String to, String subject, String body, String link) {
        try {
            send(to, subject, body, link);
        } catch (RuntimeException e) {
            log.warn("E-mail to {} not sent ({}): {}", to, subject, e.toString());
        }
    }
}
