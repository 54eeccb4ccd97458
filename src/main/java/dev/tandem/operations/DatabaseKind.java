package dev.tandem.operations;

/** Where Tandem keeps its data, which decides how it is backed up (README, "Backups"). */
public enum DatabaseKind {
    /** The PostgreSQL Tandem starts itself when no database is configured (ADR 0009). */
    EMBEDDED_POSTGRESQL,
    /** A PostgreSQL server of the administrator's: pg_dump and point-in-time recovery are theirs too. */
    POSTGRESQL,
    /** An H2 file (installations from before ADR 0009, or an explicit H2 URL). */
    H2_FILE,
    /** H2 in memory: development and tests; gone when Tandem stops. */
    H2_MEMORY;

    public boolean postgres() {
        return this == EMBEDDED_POSTGRESQL || this == POSTGRESQL;
    }
}
