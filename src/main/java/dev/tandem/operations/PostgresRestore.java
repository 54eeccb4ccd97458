package dev.tandem.operations;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Loads a {@link PostgresDump} into an empty PostgreSQL database: Flyway makes the schema the backup was taken
 * of, then one transaction sets the foreign keys aside, copies every table's rows in and checks the foreign keys
 * again; a broken file leaves no half-loaded data. Tandem's next start migrates it on to its own version.
 */
final class PostgresRestore {

    private static final int CHUNK = 1 << 16;

    private PostgresRestore() {}

    record Restored(String schemaVersion, int tables, long rows) {}

    static Restored load(DataSource dataSource, Path file, String migrations) throws IOException, SQLException {
        String version = schemaVersion(file);
        try (Connection connection = dataSource.getConnection()) {
            refuseUnlessEmpty(connection);
        }
        Flyway.configure()
                .dataSource(dataSource)
                .locations(migrations)
                .target(version)
                .load()
                .migrate();
        try (Connection connection = dataSource.getConnection();
                var in = reader(file)) {
            connection.setAutoCommit(false);
            try (var statement = connection.createStatement()) {
                List<String[]> foreignKeys = foreignKeys(connection);
                for (String[] key : foreignKeys) {
                    statement.execute("alter table " + key[0] + " drop constraint " + PostgresDump.quote(key[1]));
                }
                statement.execute("truncate table "
                        + String.join(
                                ", ",
                                PostgresDump.tables(connection).stream()
                                        .map(PostgresDump::quote)
                                        .toList()));
                var copy = connection.unwrap(PGConnection.class).getCopyAPI();
                int tables = 0;
                long rows = 0;
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("COPY ") && line.endsWith(" FROM stdin;")) {
                        rows += copyIn(copy.copyIn(line.substring(0, line.length() - 1)), in);
                        tables++;
                    }
                }
                for (String[] key : foreignKeys) {
                    statement.execute(
                            "alter table " + key[0] + " add constraint " + PostgresDump.quote(key[1]) + " " + key[2]);
                }
                connection.commit();
                statement.execute("analyze");
                return new Restored(version, tables, rows);
            } catch (SQLException | IOException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The schema version the backup was taken of, from its header; refuses a file that is not such a backup. */
    static String schemaVersion(Path file) throws IOException {
        try (var in = reader(file)) {
            boolean tandem = false;
            for (String line = in.readLine(); line != null && line.startsWith("--"); line = in.readLine()) {
                tandem |= line.equals(PostgresDump.FORMAT);
                if (tandem && line.startsWith(PostgresDump.SCHEMA_VERSION)) {
                    return line.substring(PostgresDump.SCHEMA_VERSION.length()).strip();
                }
            }
        } catch (ZipException e) {
            // not gzip: refused below
        }
        throw new IllegalArgumentException(file + " is not a backup Tandem made of a PostgreSQL database");
    }

    private static long copyIn(CopyIn copy, BufferedReader in) throws IOException, SQLException {
        var buffer = new ByteArrayOutputStream(CHUNK + 1024);
        long rows = 0;
        for (String line = in.readLine(); ; line = in.readLine()) {
            if (line == null) {
                copy.cancelCopy();
                throw new IOException("The backup ends in the middle of a table: the file is incomplete");
            }
            if (line.equals("\\.")) {
                break;
            }
            buffer.write(line.getBytes(StandardCharsets.UTF_8));
            buffer.write('\n');
            rows++;
            if (buffer.size() >= CHUNK) {
                copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
                buffer.reset();
            }
        }
        if (buffer.size() > 0) {
            copy.writeToCopy(buffer.toByteArray(), 0, buffer.size());
        }
        copy.endCopy();
        return rows;
    }

    private static void refuseUnlessEmpty(Connection connection) throws SQLException {
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                select count(*) from information_schema.tables where table_schema = current_schema()""")) {
            rows.next();
            if (rows.getInt(1) > 0) {
                throw new IllegalStateException("The database " + connection.getCatalog() + " already has tables: "
                        + "a backup is restored into an empty database only (create a new one)");
            }
        }
    }

    /** Table (as SQL names it), name and definition of each foreign key of the schema. */
    private static List<String[]> foreignKeys(Connection connection) throws SQLException {
        List<String[]> keys = new ArrayList<>();
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("""
                select c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid)
                from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                where c.contype = 'f' and n.nspname = current_schema() order by 1, 2""")) {
            while (rows.next()) {
                keys.add(new String[] {rows.getString(1), rows.getString(2), rows.getString(3)});
            }
        }
        return keys;
    }

    private static BufferedReader reader(Path file) throws IOException {
        return new BufferedReader(
                new InputStreamReader(new GZIPInputStream(Files.newInputStream(file), CHUNK), StandardCharsets.UTF_8),
                CHUNK);
    }
}
