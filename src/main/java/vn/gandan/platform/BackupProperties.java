package vn.gandan.platform;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online backups taken by the running app ({@code APP_BACKUP_DIRECTORY} turns them on): when ({@code cron}, Vietnam
 * time) and how many of the newest files to keep.
 */
@ConfigurationProperties("app.backup")
record BackupProperties(
        String directory,
        @DefaultValue("0 30 1 * * *") String cron,
        @DefaultValue("14") int keep) {
}
