package dev.tandem.operations;

import org.jspecify.annotations.Nullable;

/**
 * The database as the administrator's page and {@code /actuator/info} show it. {@code sizeBytes} is unknown for H2
 * in memory; {@code lastBackup} is the last backup made through Tandem, none if there was none (a pg_dump made
 * outside Tandem is not known here).
 */
public record DatabaseStatus(
        DatabaseKind kind,
        String product,
        String schemaVersion,
        @Nullable Long sizeBytes,
        String backupDirectory,
        @Nullable Backup lastBackup) {}
