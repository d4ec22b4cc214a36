package vn.gandan.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Backups while the app runs: {@link DatabaseBackup} copies every table inside one repeatable-read transaction, so a
 * file is one consistent snapshot even under writes. On several nodes only the one holding the advisory lock backs
 * up. Files are readable by their owner only (they hold password and token hashes); the newest {@code keep} stay.
 */
@Component
@ConditionalOnExpression("!'${app.backup.directory:}'.isEmpty()")
public class ScheduledBackups {

    private static final Logger log = LoggerFactory.getLogger(ScheduledBackups.class);
    /** "backup": a key of its own (it was the audit sealer's, whose lock taken every second made backups skip). */
    private static final long LOCK = 0x6261_636b_7570L;
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("'gandan-'yyyyMMdd-HHmmss'.backup'");

    private final DataSource dataSource;
    private final BackupProperties props;
    private final Clock clock;

    ScheduledBackups(DataSource dataSource, BackupProperties props, Clock clock) {
        this.dataSource = dataSource;
        this.props = props;
        this.clock = clock;
    }

    @Scheduled(cron = "${app.backup.cron:0 30 1 * * *}", zone = "Asia/Ho_Chi_Minh")
    void scheduled() {
        try {
            LocalDateTime slot = BackupSlots.slot(props.cron(), clock);
            if (BackupSlots.claim(dataSource, slot)) {
                runNow().ifPresentOrElse(f -> log.info("Backup written: {} (slot {})", f, slot),
                        () -> log.warn("Backup of slot {} skipped: another backup is running", slot));
            }
        } catch (RuntimeException e) {
            log.error("Backup failed", e);
        }
    }

    /** Takes a backup now, unless another node is taking one; returns the file. */
    public Optional<Path> runNow() {
        try (Connection lock = dataSource.getConnection()) {
            if (!advisory(lock, "select pg_try_advisory_lock(" + LOCK + ")")) {
                return Optional.empty();
            }
            try {
                Path file = write();
                prune();
                return Optional.of(file);
            } finally {
                advisory(lock, "select pg_advisory_unlock(" + LOCK + ")");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Sao lưu thất bại: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path write() throws IOException, SQLException {
        Path dir = Files.createDirectories(Path.of(props.directory()));
        Path file = dir.resolve(LocalDateTime.now(clock).format(NAME));
        Path partial = dir.resolve(file.getFileName() + ".part");
        Files.deleteIfExists(partial);
        ownerOnly(partial);
        DatabaseBackup.backup(dataSource, partial);
        return Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void ownerOnly(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
    }

    private void prune() throws IOException {
        try (var files = Files.list(Path.of(props.directory()))) {
            List<Path> backups = files.filter(f -> f.getFileName().toString().matches("gandan-\\d{8}-\\d{6}\\.backup"))
                    .sorted().toList();
            for (Path old : backups.subList(0, Math.max(0, backups.size() - Math.max(1, props.keep())))) {
                Files.delete(old);
            }
        }
    }

    private static boolean advisory(Connection c, String sql) throws SQLException {
        try (var rs = c.createStatement().executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }
}
