package vn.gandan.access;

import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** The e-mail carrying a password-reset link (Vietnamese); a failing or missing SMTP server only logs. */
@Component
class ResetMail {

    private static final Logger log = LoggerFactory.getLogger(ResetMail.class);
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final ObjectProvider<JavaMailSender> sender;
    private final MessageSource messages;
    private final String from;
    private final String baseUrl;

    ResetMail(ObjectProvider<JavaMailSender> sender, MessageSource messages,
              @Value("${app.notifications.from:gan-dan@localhost}") String from,
              @Value("${app.notifications.base-url:http://localhost:8080}") String baseUrl) {
        this.sender = sender;
        this.messages = messages;
        this.from = from;
        this.baseUrl = baseUrl;
    }

    void send(Account account, String token, Duration validity) {
        JavaMailSender smtp = sender.getIfAvailable();
        if (smtp == null) {
            log.warn("No SMTP server configured: the password-reset link for {} cannot be sent", account.username());
            return;
        }
        SimpleMailMessage m = new SimpleMailMessage();
        m.setFrom(from);
        m.setTo(account.email());
        m.setSubject(messages.getMessage("access.reset.mail.subject", null, VI));
        m.setText(messages.getMessage("access.reset.mail.body", new Object[] {account.displayName(),
                baseUrl + "/login/reset/" + token, validity.toMinutes()}, VI));
        try {
            smtp.send(m);
        } catch (RuntimeException e) {
            log.warn("Password-reset e-mail to {} not sent: {}", account.username(), e.toString());
        }
    }
}
