package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A commit acknowledged on the embedded database survives a kill -9 of the process: a child JVM writes rows one
 * transaction each and reports each after its commit returns; it is killed with SIGKILL while still writing, and
 * every reported row must be in the file. With H2's default write delay the last half second was lost.
 */
class EmbeddedDurabilityTests {

    private static final int ACKNOWLEDGED_BEFORE_KILL = 300;

    @TempDir
    Path dir;

    @Test
    void everyCommitReportedBeforeAKillIsInTheFile() throws Exception {
        String url = "jdbc:h2:file:" + dir.resolve("tandem") + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE";
        Process child = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElse("java"),
                        "-cp",
                        System.getProperty("java.class.path"),
                        Writer.class.getName(),
                        url)
                .redirectErrorStream(true)
                .start();
        List<String> acknowledged = new ArrayList<>();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (acknowledged.size() < ACKNOWLEDGED_BEFORE_KILL && (line = out.readLine()) != null) {
                if (line.startsWith("committed ")) {
                    acknowledged.add(line.substring("committed ".length()));
                }
            }
            child.destroyForcibly(); // SIGKILL, while the child is still writing
            child.waitFor();
        }
        assertThat(acknowledged).hasSize(ACKNOWLEDGED_BEFORE_KILL);

        List<String> kept = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, "sa", "");
                var rows = db.createStatement().executeQuery("select id from writes")) {
            while (rows.next()) {
                kept.add(rows.getString(1));
            }
        }
        assertThat(kept).containsAll(acknowledged);
    }

    @Test
    void onlyH2FilesAreMadeDurableAndAChosenDelayIsKept() {
        assertThat(EmbeddedDurability.durable("jdbc:h2:file:./data/tandem;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:./data/tandem;MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(EmbeddedDurability.durable("jdbc:h2:./data/tandem"))
                .isEqualTo("jdbc:h2:./data/tandem;WRITE_DELAY=0");
        assertThat(EmbeddedDurability.durable("jdbc:h2:file:./t;write_delay=200"))
                .isEqualTo("jdbc:h2:file:./t;write_delay=200");
        assertThat(EmbeddedDurability.durable("jdbc:h2:mem:test")).isEqualTo("jdbc:h2:mem:test");
        assertThat(EmbeddedDurability.durable("jdbc:postgresql://db/tandem")).isEqualTo("jdbc:postgresql://db/tandem");
    }

    /** The child: the data source as the application builds it, then one committed row after another. */
    static final class Writer {

        public static void main(String[] args) throws Exception {
            var dataSource = new HikariDataSource();
            dataSource.setJdbcUrl(args[0]);
            dataSource.setUsername("sa");
            new EmbeddedDurability().postProcessBeforeInitialization(dataSource, "dataSource");
            try (Connection db = dataSource.getConnection()) {
                db.createStatement().execute("create table writes (id uuid primary key, body varchar(200))");
                db.setAutoCommit(false);
                var insert = db.prepareStatement("insert into writes (id, body) values (?, ?)");
                while (true) {
                    UUID id = UUID.randomUUID();
                    insert.setObject(1, id);
                    insert.setString(2, "a write the caller was told is safe");
                    insert.executeUpdate();
                    db.commit();
                    System.out.println("committed " + id);
                    System.out.flush();
                }
            }
        }
    }
}
