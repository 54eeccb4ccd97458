package dev.tandem.operations;

import dev.tandem.identity.AuditAction;
import dev.tandem.identity.AuditLog;
import dev.tandem.identity.InstanceAdministrators;
import dev.tandem.identity.TandemUser;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Release;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.zip.GZIPOutputStream;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The database's state and online backups made through Tandem, for instance administrators only. A backup goes to
 * {@code tandem.backup.directory} (readable by Tandem's user alone, never served over HTTP), is recorded with its
 * time, and lands in the administrators' workspace's audit log. One backup at a time.
 */
@Service
public class BackupService {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    private final InstanceAdministrators administrators;
    private final Database database;
    private final Backups backups;
    private final DataSource dataSource;
    private final AuditLog audit;
    private final Release release;
    private final Clock clock;
    private final Path directory;
    private final ReentrantLock running = new ReentrantLock();

    BackupService(
            InstanceAdministrators administrators,
            Database database,
            Backups backups,
            DataSource dataSource,
            AuditLog audit,
            Release release,
            Clock clock,
            @Value("${tandem.backup.directory}") Path directory) {
        this.administrators = administrators;
        this.database = database;
        this.backups = backups;
        this.dataSource = dataSource;
        this.audit = audit;
        this.release = release;
        this.clock = clock;
        this.directory = directory;
    }

    /** The database as the administrators' page shows it. */
    public DatabaseStatus status() {
        administrators.require();
        return facts();
    }

    /** The same facts, for {@code /actuator/info}. */
    DatabaseStatus facts() {
        return new DatabaseStatus(
                database.kind(),
                database.product(),
                database.schemaVersion(),
                database.sizeBytes(),
                directory.toAbsolutePath().normalize().toString(),
                backups.last().orElse(null));
    }

    /** Backs the database up now, online; refuses while another backup runs. */
    public Backup backUp() {
        TandemUser admin = administrators.require();
        if (!running.tryLock()) {
            throw new Conflict("operations.backupRunning");
        }
        try {
            Instant at = clock.instant().truncatedTo(ChronoUnit.SECONDS);
            DatabaseKind kind = database.kind();
            String suffix = switch (kind) {
                case EMBEDDED_POSTGRESQL, POSTGRESQL -> "-postgresql.sql.gz";
                case H2_FILE -> "-h2.zip";
                case H2_MEMORY -> "-h2-script.zip";
            };
            Path folder = prepare();
            Path file = folder.resolve("tandem-" + STAMP.format(at) + suffix);
            // A second backup within the same second gets a number rather than overwriting the first.
            for (int n = 2; Files.exists(file); n++) {
                file = folder.resolve("tandem-" + STAMP.format(at) + "-" + n + suffix);
            }
            String version = write(kind, file, at);
            restrict(file);
            var backup = new Backup(
                    at, admin.email(), kind, version, file.getFileName().toString(), Files.size(file));
            backups.insert(backup, admin.id());
            administrators
                    .workspace()
                    .ifPresent(ws -> audit.record(
                            ws, admin.id(), admin.email(), AuditAction.DATABASE_BACKED_UP, backup.fileName()));
            return backup;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the backup into " + directory.toAbsolutePath(), e);
        } finally {
            running.unlock();
        }
    }

    private String write(DatabaseKind kind, Path file, Instant at) throws IOException {
        String version = database.schemaVersion();
        String target = file.toAbsolutePath().toString().replace("'", "''");
        switch (kind) {
            case EMBEDDED_POSTGRESQL, POSTGRESQL -> {
                try (var out = new GZIPOutputStream(Files.newOutputStream(file), 1 << 16)) {
                    version = PostgresDump.write(dataSource, out, release.version(), at);
                } catch (SQLException e) {
                    Files.deleteIfExists(file);
                    throw new IllegalStateException("The backup could not read the database", e);
                }
            }
            // H2's own online backup: its files, consistent without locking anything.
            case H2_FILE -> execute("backup to '" + target + "'");
            // Nothing on disk to copy: the whole database as SQL (RUNSCRIPT loads it).
            case H2_MEMORY -> execute("script to '" + target + "' compression zip");
        }
        return version;
    }

    private void execute(String sql) {
        try (var connection = dataSource.getConnection();
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("H2 could not write the backup", e);
        }
    }

    private Path prepare() throws IOException {
        Files.createDirectories(directory);
        restrict(directory);
        return directory;
    }

    private static void restrict(Path path) throws IOException {
        try {
            Files.setPosixFilePermissions(
                    path, PosixFilePermissions.fromString(Files.isDirectory(path) ? "rwx------" : "rw-------"));
        } catch (UnsupportedOperationException windows) {
            // the directory's own permissions protect it
        }
    }
}
