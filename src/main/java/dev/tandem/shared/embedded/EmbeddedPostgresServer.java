package dev.tandem.shared.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The PostgreSQL server Tandem runs when no database is configured: real PostgreSQL binaries (shipped in jars by
 * Zonky) started as a child process on a data directory of ours, so the embedded default speaks the production
 * dialect and keeps every acknowledged write (fsync on; it outlives a killed Tandem, which takes it over on the
 * next start). Only this machine may connect, and only with the password kept beside the data (ADR 0009).
 */
public final class EmbeddedPostgresServer implements Closeable {

    static final String DATABASE = "tandem";
    static final String USER = "postgres";
    private static final String SECRET = "tandem.secret";
    private static final Duration ORPHAN_SHUTDOWN = Duration.ofSeconds(60);
    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;
    private final String password;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, String password) {
        this.postgres = postgres;
        this.password = password;
    }

    /**
     * Starts the server on {@code data} (created on the first start), with the binaries unpacked once under
     * {@code binaries}. A server left running by a Tandem that was killed is stopped first.
     */
    public static EmbeddedPostgresServer start(Path data, Path binaries) throws IOException {
        Files.createDirectories(data);
        Files.createDirectories(binaries);
        @Nullable String secret = readSecret(data);
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binaries.toFile())
                .setRegisterShutdownHook(true)
                .setPGStartupWait(Duration.ofSeconds(60))
                // Zonky's defaults favour test speed; these keep every commit (-F is overridden by fsync=on).
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "40")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("unix_socket_directories", "")
                .setDataDirectoryCustomizer(dir -> prepare(dir.toPath(), secret != null));
        if (secret != null) {
            builder.setConnectConfig("password", secret);
        }
        EmbeddedPostgres postgres;
        try {
            postgres = builder.start();
        } catch (IllegalStateException e) {
            throw new IOException(
                    "The embedded PostgreSQL could not start on " + data.toAbsolutePath()
                            + " (is another Tandem using it?): " + e.getMessage(),
                    e);
        }
        String password = secret != null ? secret : secure(postgres, data);
        createDatabase(postgres, password);
        return new EmbeddedPostgresServer(postgres, password);
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    public String user() {
        return USER;
    }

    public String password() {
        return password;
    }

    /** Stops the server, waiting for it to write everything down. */
    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Before the server starts: no stray server on the directory, and who may connect, written down. */
    private static void prepare(Path data, boolean secured) {
        stopOrphan(data);
        writeAccessRules(data, secured);
    }

    private static void writeAccessRules(Path data, boolean secured) {
        List<String> rules = secured
                ? List.of("host all all 127.0.0.1/32 scram-sha-256")
                // the first start only, until the password is set just after it (see secure)
                : List.of("host all " + USER + " 127.0.0.1/32 trust");
        try {
            write(
                    data.resolve("pg_hba.conf"),
                    "# Written by Tandem at each start: this machine only, " + "with the password in " + SECRET + ".\n"
                            + String.join("\n", rules) + "\n");
        } catch (IOException e) {
            throw new IllegalStateException("Could not write " + data.resolve("pg_hba.conf"), e);
        }
    }

    /**
     * A Tandem killed without stopping its server leaves that server running on the directory: stop it (a smart
     * shutdown, which writes everything down), so this start owns the directory.
     */
    static void stopOrphan(Path data) {
        Path pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        try {
            long pid = Long.parseLong(Files.readAllLines(pidFile, StandardCharsets.US_ASCII)
                    .get(0)
                    .trim());
            ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.contains("postgres")).orElse(true))
                    .ifPresent(orphan -> {
                        log.warn(
                                "Stopping the embedded PostgreSQL (pid {}) left running on {} by an earlier Tandem",
                                pid,
                                data);
                        orphan.destroy();
                        try {
                            orphan.onExit().get(ORPHAN_SHUTDOWN.toSeconds(), TimeUnit.SECONDS);
                        } catch (Exception e) {
                            throw new IllegalStateException(
                                    "The PostgreSQL left running on " + data + " (pid " + pid + ") did not stop within "
                                            + ORPHAN_SHUTDOWN.toSeconds() + " s",
                                    e);
                        }
                    });
        } catch (IOException | RuntimeException e) {
            if (e instanceof IllegalStateException) {
                throw (IllegalStateException) e;
            }
            log.debug("Unreadable {}; PostgreSQL will judge it: {}", pidFile, e.toString());
        }
    }

    /** After the first start: a password of our own, then no more trust. */
    private static String secure(EmbeddedPostgres postgres, Path data) throws IOException {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        String password = HexFormat.of().formatHex(random);
        try (Connection db = DriverManager.getConnection(url(postgres, "postgres"), USER, "")) {
            db.createStatement().execute("alter role " + USER + " password '" + password + "'");
            write(data.resolve(SECRET), password);
            writeAccessRules(data, true);
            db.createStatement().execute("select pg_reload_conf()");
        } catch (SQLException e) {
            throw new IOException("Could not secure the embedded PostgreSQL", e);
        }
        return password;
    }

    private static void createDatabase(EmbeddedPostgres postgres, String password) throws IOException {
        try (Connection db = DriverManager.getConnection(url(postgres, "postgres"), USER, password);
                var exists = db.prepareStatement("select 1 from pg_database where datname = ?")) {
            exists.setString(1, DATABASE);
            if (!exists.executeQuery().next()) {
                db.createStatement().execute("create database " + DATABASE + " encoding 'UTF8'");
            }
        } catch (SQLException e) {
            throw new IOException("Could not create the database " + DATABASE, e);
        }
    }

    private static String url(EmbeddedPostgres postgres, String database) {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + database;
    }

    private static @Nullable String readSecret(Path data) throws IOException {
        Path file = data.resolve(SECRET);
        return Files.exists(file)
                ? Files.readString(file, StandardCharsets.US_ASCII).trim()
                : null;
    }

    /** Written whole or not at all, readable by this user only. */
    private static void write(Path file, String content) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".new");
        Files.writeString(temporary, content, StandardCharsets.US_ASCII);
        try {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException windows) {
            // the data directory's own permissions protect it
        }
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
