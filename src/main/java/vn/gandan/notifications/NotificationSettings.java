package vn.gandan.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** ⚙ How many working days before a deadline to remind, and the sender address of e-mails. */
@ConfigurationProperties("app.notifications")
record NotificationSettings(@DefaultValue("3") int remindWorkingDays,
                            @DefaultValue("gan-dan@localhost") String from,
                            @DefaultValue("http://localhost:8080") String baseUrl) {
}
