package dev.tandem.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Loads tables as a restore does: their keys, indexes and the foreign keys to and from them are set aside,
 * the rows appended to bare tables, then every index is built in one sorted pass and every foreign key checked
 * against the rows. Rows inserted one by one into indexed tables land at random places of each index (their
 * time-ordered ids are spread over two years): H2 rewrote those pages over and over, and PostgreSQL read them
 * back, so loading slowed as the portfolio grew. Built in one pass, the indexes are as compact as after a
 * restore, where a database that grew over the years has some slack in its pages.
 */
final class BulkLoad {

    /** A key, index or foreign key: the statement that drops it and the one that makes it again. */
    record Definition(String table, String name, Kind kind, String drop, String create) {}

    enum Kind {
        /** Primary keys and unique constraints, made first: the foreign keys refer to them. */
        KEY,
        INDEX,
        /** Checked against the rows when made again. */
        FOREIGN_KEY
    }

    private static final Pattern H2_CONSTRAINT = Pattern.compile(
            "ALTER TABLE (\"[^\"]+\"\\.\"([^\"]+)\") ADD CONSTRAINT (\"[^\"]+\"\\.\"([^\"]+)\") (PRIMARY KEY|UNIQUE|FOREIGN KEY)"
                    + "(?:.*REFERENCES \"[^\"]+\"\\.\"([^\"]+)\")?.*",
            Pattern.DOTALL);
    private static final Pattern H2_INDEX = Pattern.compile(
            "CREATE (?:UNIQUE )?INDEX (\"[^\"]+\"\\.\"([^\"]+)\") ON \"[^\"]+\"\\.\"([^\"]+)\".*", Pattern.DOTALL);

    private final DataSource dataSource;
    private final List<Definition> definitions;

    private BulkLoad(DataSource dataSource, List<Definition> definitions) {
        this.dataSource = dataSource;
        this.definitions = definitions;
    }

    /** Sets aside the keys and indexes of {@code tables}, and the foreign keys to and from them. */
    static BulkLoad prepare(DataSource dataSource, Collection<String> tables) throws SQLException {
        List<Definition> definitions = definitions(dataSource, tables);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            for (Kind kind : List.of(Kind.FOREIGN_KEY, Kind.INDEX, Kind.KEY)) {
                for (Definition definition : definitions) {
                    if (definition.kind() == kind) {
                        statement.execute(definition.drop());
                    }
                }
            }
        }
        return new BulkLoad(dataSource, definitions);
    }

    /** The keys and indexes of {@code tables}, and the foreign keys to and from them, as the database has them now. */
    static List<Definition> definitions(DataSource dataSource, Collection<String> tables) throws SQLException {
        Set<String> names = tables.stream().map(t -> t.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        try (Connection connection = dataSource.getConnection()) {
            return postgres(connection) ? postgresDefinitions(connection, names) : h2Definitions(connection, names);
        }
    }

    /**
     * Makes every key, index and foreign key again, keys first. Each is tried, and those that fail (a foreign key
     * the rows break) are named in the exception afterwards.
     */
    void finish() throws SQLException {
        List<String> failed = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            if (postgres(connection)) {
                // Sorts for the indexes in memory rather than in temporary files.
                statement.execute("set maintenance_work_mem = '512MB'");
            }
            for (Kind kind : Kind.values()) {
                for (Definition definition : definitions) {
                    if (definition.kind() != kind) {
                        continue;
                    }
                    try {
                        statement.execute(definition.create());
                    } catch (SQLException e) {
                        failed.add(definition.name() + " on " + definition.table() + ": " + e.getMessage());
                    }
                }
            }
            if (postgres(connection)) {
                statement.execute("reset maintenance_work_mem");
            }
        }
        if (!failed.isEmpty()) {
            throw new SQLException("could not make again " + String.join("; ", failed));
        }
    }

    private static boolean postgres(Connection connection) throws SQLException {
        return "PostgreSQL".equals(connection.getMetaData().getDatabaseProductName());
    }

    private static List<Definition> postgresDefinitions(Connection connection, Set<String> tables) throws SQLException {
        List<Definition> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("""
                    select c.conrelid::regclass::text as tbl, c.confrelid::regclass::text as referenced, c.conname,
                        c.contype, pg_get_constraintdef(c.oid) as definition
                    from pg_constraint c where c.contype in ('p', 'u', 'f') and c.connamespace = current_schema()::regnamespace
                    order by c.conname""")) {
                while (rs.next()) {
                    String table = rs.getString("tbl");
                    Kind kind = "f".equals(rs.getString("contype")) ? Kind.FOREIGN_KEY : Kind.KEY;
                    if (tables.contains(table)
                            || (kind == Kind.FOREIGN_KEY && tables.contains(rs.getString("referenced")))) {
                        String name = "\"" + rs.getString("conname") + "\"";
                        definitions.add(new Definition(
                                table,
                                rs.getString("conname"),
                                kind,
                                "alter table " + table + " drop constraint " + name,
                                "alter table " + table + " add constraint " + name + " " + rs.getString("definition")));
                    }
                }
            }
            try (ResultSet rs = statement.executeQuery("""
                    select i.tablename, i.indexname, i.indexdef from pg_indexes i where i.schemaname = current_schema()
                    and not exists (select 1 from pg_constraint c where c.conname = i.indexname
                        and c.connamespace = current_schema()::regnamespace)
                    order by i.indexname""")) {
                while (rs.next()) {
                    String table = rs.getString("tablename");
                    if (tables.contains(table)) {
                        definitions.add(new Definition(
                                table,
                                rs.getString("indexname"),
                                Kind.INDEX,
                                "drop index \"" + rs.getString("indexname") + "\"",
                                rs.getString("indexdef")));
                    }
                }
            }
        }
        return definitions;
    }

    /** From H2's own script of the schema: the statements it would run to make it again. */
    private static List<Definition> h2Definitions(Connection connection, Set<String> tables) throws SQLException {
        List<Definition> definitions = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("script nodata nosettings")) {
            while (rs.next()) {
                String sql = rs.getString(1);
                Matcher constraint = H2_CONSTRAINT.matcher(sql);
                Matcher index = H2_INDEX.matcher(sql);
                if (constraint.matches()) {
                    String table = constraint.group(2);
                    Kind kind = "FOREIGN KEY".equals(constraint.group(5)) ? Kind.FOREIGN_KEY : Kind.KEY;
                    if (tables.contains(table) || (kind == Kind.FOREIGN_KEY && tables.contains(constraint.group(6)))) {
                        // H2 scripts them unchecked; made again checked, they prove the generated rows.
                        String create = kind == Kind.FOREIGN_KEY ? sql.replaceFirst(" NOCHECK$", "") : sql;
                        definitions.add(new Definition(
                                table,
                                constraint.group(4),
                                kind,
                                "ALTER TABLE " + constraint.group(1) + " DROP CONSTRAINT " + constraint.group(3),
                                create));
                    }
                } else if (index.matches() && tables.contains(index.group(3))) {
                    definitions.add(new Definition(
                            index.group(3), index.group(2), Kind.INDEX, "DROP INDEX " + index.group(1), sql));
                }
            }
        }
        return definitions;
    }
}
