package dev.tandem.upgrade;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.GZIPInputStream;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A database of its own, loaded from a release's fixture: a new database on the PostgreSQL server the build
 * tests on, or an H2 database in memory when the build tests on H2.
 */
record FixtureDatabase(String url, String username, String password, boolean postgres) {

    static FixtureDatabase forThisBuild() {
        String testUrl = System.getProperty("spring.datasource.url", "");
        if (testUrl.startsWith("jdbc:postgresql:")) {
            String name = testUrl.replaceAll(".*/([^/?]+).*", "$1") + "_upgrade";
            return new FixtureDatabase(
                    testUrl.replaceFirst("/[^/?]+(\\?|$)", "/" + name + "$1"),
                    System.getProperty("spring.datasource.username", "postgres"),
                    System.getProperty("spring.datasource.password", ""),
                    true);
        }
        return new FixtureDatabase(
                "jdbc:h2:mem:upgrade-" + UUID.randomUUID()
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "sa",
                "",
                false);
    }

    /** Creates the database afresh and loads the release's dump into it. */
    void load(String release) throws Exception {
        if (postgres) {
            recreate();
            byte[] dump;
            try (var in = new GZIPInputStream(
                    new ClassPathResource("upgrade/" + release + "/postgres.sql.gz").getInputStream())) {
                dump = in.readAllBytes();
            }
            // psql's meta-commands (pg_dump writes \\restrict and \\unrestrict around the dump) are not SQL.
            String sql = new String(dump, StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.startsWith("\\"))
                    .collect(Collectors.joining("\n"));
            try (Connection connection = connect()) {
                ScriptUtils.executeSqlScript(connection, new ByteArrayResource(sql.getBytes(StandardCharsets.UTF_8)));
            }
        } else {
            try (Connection connection = connect();
                    var statement = connection.createStatement()) {
                statement.execute("runscript from 'classpath:/upgrade/" + release + "/h2.sql.gz' compression gzip");
            }
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    void drop() throws SQLException {
        if (postgres) {
            try (Connection admin = DriverManager.getConnection(adminUrl(), username, password);
                    var statement = admin.createStatement()) {
                statement.execute("drop database if exists " + name() + " with (force)");
            }
        }
    }

    private void recreate() throws SQLException {
        drop();
        try (Connection admin = DriverManager.getConnection(adminUrl(), username, password);
                var statement = admin.createStatement()) {
            statement.execute("create database " + name());
        }
    }

    private String name() {
        return url.replaceAll(".*/([^/?]+).*", "$1");
    }

    private String adminUrl() {
        return url.replaceFirst("/[^/?]+(\\?|$)", "/postgres$1");
    }
}
