package dev.tandem.operations;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.postgresql.PGConnection;

/**
 * A consistent logical backup of a PostgreSQL database, written by Tandem itself: the embedded server's binaries
 * have no pg_dump (ADR 0011). Every table's rows are copied out ({@code COPY … TO STDOUT}) in one read-only
 * transaction at REPEATABLE READ, so all of them come from the same snapshot while Tandem goes on writing. The
 * file reads like pg_dump's plain format (data only): a header naming the schema version, then one
 * {@code COPY … FROM stdin} block per table. {@link PostgresRestore} loads it into an empty database.
 */
final class PostgresDump {

    static final String FORMAT = "-- tandem-backup: 1";
    static final String SCHEMA_VERSION = "-- schema-version: ";
    /** Flyway's own record is rebuilt by the restore; sessions are not data and must not leave the server. */
    static final Set<String> SKIPPED = Set.of("flyway_schema_history", "spring_session", "spring_session_attributes");

    private PostgresDump() {}

    /** Writes the backup to {@code out} (not closed); returns the schema version it holds. */
    static String write(DataSource dataSource, OutputStream out, String release, Instant at)
            throws SQLException, IOException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try {
                String version = version(connection);
                text(
                        out,
                        "-- Tandem " + release + ": a backup of the PostgreSQL database, made " + at + "\n"
                                + "-- Restore into an empty database: bin/tandem restore <this file> (README, \"Backups\")\n"
                                + FORMAT + "\n" + SCHEMA_VERSION + version + "\n"
                                + "SET client_encoding = 'UTF8';\n");
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                for (String table : tables(connection)) {
                    String columns = String.join(", ", columns(connection, table));
                    text(out, "\nCOPY " + quote(table) + " (" + columns + ") FROM stdin;\n");
                    copy.copyOut("COPY " + quote(table) + " (" + columns + ") TO STDOUT", out);
                    text(out, "\\.\n");
                }
                return version;
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setAutoCommit(true);
            }
        }
    }

    private static String version(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                        select version from flyway_schema_history where success and version is not null
                        order by installed_rank desc limit 1""")) {
            if (!rows.next()) {
                throw new IllegalStateException("The database has no schema yet: nothing to back up");
            }
            return rows.getString(1);
        }
    }

    static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")) {
            while (rows.next()) {
                if (!SKIPPED.contains(rows.getString(1))) {
                    tables.add(rows.getString(1));
                }
            }
        }
        return tables;
    }

    private static List<String> columns(Connection connection, String table) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (var statement = connection.prepareStatement("""
                select column_name from information_schema.columns
                where table_schema = current_schema() and table_name = ? order by ordinal_position""")) {
            statement.setString(1, table);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(quote(rows.getString(1)));
                }
            }
        }
        return columns;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static void text(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
    }
}
