package dev.tandem.operations;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** What the database Tandem runs on is: its kind, product, schema version and size. A read; it writes nothing. */
@Component
class Database {

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final boolean configured;

    Database(DataSource dataSource, JdbcClient jdbc, @Value("${spring.datasource.url:}") String configuredUrl) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.configured = !configuredUrl.isBlank();
    }

    DatabaseKind kind() {
        return kind(url(), configured);
    }

    static DatabaseKind kind(String url, boolean configured) {
        if (url.startsWith("jdbc:h2:mem:")) {
            return DatabaseKind.H2_MEMORY;
        }
        if (url.startsWith("jdbc:h2:")) {
            return DatabaseKind.H2_FILE;
        }
        return configured ? DatabaseKind.POSTGRESQL : DatabaseKind.EMBEDDED_POSTGRESQL;
    }

    String product() {
        try (Connection connection = dataSource.getConnection()) {
            var meta = connection.getMetaData();
            return meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's metadata", e);
        }
    }

    /** The version of the last migration applied, as Flyway numbers it ({@code 2026.12.07.30}). */
    String schemaVersion() {
        return schemaVersion(jdbc);
    }

    static String schemaVersion(JdbcClient jdbc) {
        return jdbc.sql("""
                select version from flyway_schema_history where success and version is not null
                order by installed_rank desc limit 1""").query(String.class).optional().orElse("none");
    }

    /** The database's size on disk; unknown for H2 in memory. */
    @Nullable
    Long sizeBytes() {
        return switch (kind()) {
            case EMBEDDED_POSTGRESQL, POSTGRESQL ->
                jdbc.sql("select pg_database_size(current_database())")
                        .query(Long.class)
                        .single();
            case H2_FILE -> {
                Path file = h2File();
                try {
                    yield file != null && Files.exists(file) ? Files.size(file) : null;
                } catch (IOException e) {
                    yield null;
                }
            }
            case H2_MEMORY -> null;
        };
    }

    /** The H2 file ({@code …/tandem.mv.db}) of an H2 file database. */
    @Nullable
    Path h2File() {
        String path = jdbc.sql("select database_path()")
                .query(String.class)
                .optional()
                .orElse(null);
        return path == null ? null : Path.of(path + ".mv.db");
    }

    private String url() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getURL();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the database's address", e);
        }
    }
}
