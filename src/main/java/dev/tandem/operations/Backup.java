package dev.tandem.operations;

import java.time.Instant;

/** A backup made through Tandem: when, of which schema version, into which file of the backup directory. */
public record Backup(
        Instant madeAt, String madeBy, DatabaseKind kind, String schemaVersion, String fileName, long sizeBytes) {}
