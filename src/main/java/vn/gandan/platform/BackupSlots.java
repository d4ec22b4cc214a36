package vn.gandan.platform;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import javax.sql.DataSource;
import org.springframework.scheduling.support.CronExpression;

/**
 * Which scheduled backup a run is (the cron's fire time it belongs to), and the claim that lets exactly one node
 * take it: every node fires the same cron at about the same moment and computes the same slot.
 */
final class BackupSlots {

    static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A scheduler may fire a few milliseconds early or late: the nearest fire time within this is the slot. */
    private static final long TOLERANCE_SECONDS = 2;

    private BackupSlots() {
    }

    /** The latest fire time of {@code cron} not after now (+ tolerance), Vietnam time; now (to the second) if none in the last 10 minutes. */
    static LocalDateTime slot(String cron, Clock clock) {
        LocalDateTime now = LocalDateTime.ofInstant(clock.instant(), VN);
        LocalDateTime limit = now.plusSeconds(TOLERANCE_SECONDS);
        CronExpression expr = CronExpression.parse(cron);
        LocalDateTime slot = null;
        for (LocalDateTime t = expr.next(now.minusMinutes(10)); t != null && !t.isAfter(limit); t = expr.next(t)) {
            slot = t;
        }
        return slot == null ? now.truncatedTo(ChronoUnit.SECONDS) : slot;
    }

    /** True for the one caller (of any node) that claims the slot first. */
    static boolean claim(DataSource dataSource, LocalDateTime slot) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("insert into backup_slot(slot) values (?) on conflict do nothing")) {
            s.setTimestamp(1, Timestamp.valueOf(slot));
            return s.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Không ghi được lượt sao lưu: " + e.getMessage(), e);
        }
    }
}
