package vn.gandan.calendar;

import java.time.LocalDate;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * ⚙ Calendar settings with effective dates. {@code cultureDayFrom}: from this date on, 24/11 "Ngày Văn hóa
 * Việt Nam" is a day off (rules.md A5: off until the Labour Code amendment is confirmed, so no default).
 */
@ConfigurationProperties("app.calendar")
record CalendarSettings(LocalDate cultureDayFrom) {
}
