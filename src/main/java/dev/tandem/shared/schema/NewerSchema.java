package dev.tandem.shared.schema;

/** The database was migrated by a newer release of Tandem than the one starting. */
class NewerSchema extends IllegalStateException {

    private final String databaseVersion;
    private final String releaseVersion;

    NewerSchema(String databaseVersion, String releaseVersion) {
        super("The database's schema is at version " + databaseVersion + ", newer than this release of Tandem knows ("
                + releaseVersion + ")");
        this.databaseVersion = databaseVersion;
        this.releaseVersion = releaseVersion;
    }

    String databaseVersion() {
        return databaseVersion;
    }

    String releaseVersion() {
        return releaseVersion;
    }
}
