package dev.tandem.operations;

import java.util.LinkedHashMap;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

/**
 * {@code /actuator/info}'s {@code database}: its kind, schema version, size and the time of the last backup made
 * through Tandem, so monitoring can tell an installation whose backups stopped. No file names or paths: the
 * endpoint is public.
 */
@Component
class DatabaseInfo implements InfoContributor {

    private final BackupService backups;

    DatabaseInfo(BackupService backups) {
        this.backups = backups;
    }

    @Override
    public void contribute(Info.Builder builder) {
        DatabaseStatus status = backups.facts();
        var database = new LinkedHashMap<String, Object>();
        database.put("kind", status.kind().name());
        database.put("schemaVersion", status.schemaVersion());
        if (status.sizeBytes() != null) {
            database.put("sizeBytes", status.sizeBytes());
        }
        if (status.lastBackup() != null) {
            database.put("lastBackupAt", status.lastBackup().madeAt().toString());
        }
        builder.withDetail("database", database);
    }
}
