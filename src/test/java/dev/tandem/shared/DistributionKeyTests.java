package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.tandem.TandemTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema can be distributed by workspace (Citus, ADR 10): every table carries {@code workspace_id} in its
 * primary key, in every unique key and in every foreign key to another workspace table, so that a workspace's
 * rows live on one node and its joins never cross nodes. Read from the database's own catalogue
 * ({@code information_schema}, the same on PostgreSQL and H2); the PostgreSQL pass is the one Citus would meet.
 */
@TandemTest
class DistributionKeyTests {

    private static final String KEY = "workspace_id";

    /** Tables that are not a workspace's: replicated to every node (reference tables) or kept on the coordinator. */
    private static final Map<String, String> GLOBAL = Map.ofEntries(
            Map.entry("users", "an account spans workspaces; a reference table"),
            Map.entry("workspaces", "the registry of workspaces itself; a reference table"),
            Map.entry("api_tokens", "a user's, looked up by its hash before any workspace is known"),
            Map.entry("password_resets", "a user's, looked up by its hash before any workspace is known"),
            Map.entry("email_verifications", "a user's, looked up by its hash before any workspace is known"),
            Map.entry("login_throttle", "counted per account and address, before any workspace is known"),
            Map.entry("user_identities", "links an account to a sign-in provider, before any workspace is known"),
            Map.entry("persistent_logins", "Spring Security's remember-me tokens, per user"),
            Map.entry("spring_session", "Spring Session's HTTP sessions, per browser"),
            Map.entry("spring_session_attributes", "Spring Session's HTTP sessions, per browser"),
            Map.entry("calendar_feeds", "a user's feed across all their workspaces, looked up by its secret"),
            Map.entry("flyway_schema_history", "Flyway's record of migrations"),
            Map.entry("operations_backups", "the installation's backups, made by its administrators"));

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyWorkspaceTableIsKeyedByItsWorkspace() {
        Set<String> tables = new TreeSet<>(jdbc.sql("""
                select table_name from information_schema.tables
                where table_schema = current_schema() and table_type in ('BASE TABLE', 'TABLE')""").query(String.class).list());
        assertThat(tables).as("the schema was read").contains("contacts", "partnerships", "users");

        List<String> wrong = new ArrayList<>();
        Map<String, Set<String>> primaryKeys = new TreeMap<>();
        for (Constraint c : constraints()) {
            if (c.type().equals("PRIMARY KEY")) {
                primaryKeys.put(c.table(), c.columns());
            }
            if (GLOBAL.containsKey(c.table()) || c.columns().contains(KEY)) {
                continue;
            }
            boolean toGlobal = c.type().equals("FOREIGN KEY") && GLOBAL.containsKey(c.referenced());
            if (!toGlobal) {
                wrong.add(c.table() + ": " + c.type().toLowerCase() + " " + c.name() + " " + c.columns() + " lacks "
                        + KEY);
            }
        }
        for (String table : tables) {
            if (!GLOBAL.containsKey(table)
                    && !primaryKeys.getOrDefault(table, Set.of()).contains(KEY)) {
                wrong.add(table + ": no primary key with " + KEY);
            }
        }
        assertThat(wrong).as("keys a workspace-distributed schema cannot have").isEmpty();
    }

    @Test
    void theGlobalTablesAreTablesOfThisSchema() {
        var tables = jdbc.sql("select table_name from information_schema.tables where table_schema = current_schema()")
                .query(String.class)
                .set();
        assertThat(tables).as("each exception names a real table").containsAll(GLOBAL.keySet());
    }

    @Test
    void uniqueIndexesBuiltOutsideConstraintsAlsoCarryTheWorkspace() {
        boolean postgres = jdbc.sql("select count(*) from information_schema.tables where table_name = 'pg_indexes'")
                        .query(Integer.class)
                        .single()
                > 0;
        assumeTrue(postgres, "pg_indexes is PostgreSQL's; H2 has no such view");
        var unique = jdbc.sql("""
                select tablename, indexdef from pg_indexes
                where schemaname = current_schema() and indexdef like 'CREATE UNIQUE INDEX%'""")
                .query((rs, n) -> Map.entry(rs.getString(1), rs.getString(2)))
                .list();
        assertThat(unique)
                .filteredOn(
                        e -> !GLOBAL.containsKey(e.getKey()) && !e.getValue().contains(KEY))
                .as("unique indexes without " + KEY)
                .isEmpty();
    }

    private List<Constraint> constraints() {
        Map<String, Constraint> byName = new TreeMap<>();
        jdbc.sql("""
                select tc.constraint_name, tc.table_name, tc.constraint_type, k.column_name, ref.table_name
                from information_schema.table_constraints tc
                join information_schema.key_column_usage k
                  on k.constraint_schema = tc.constraint_schema and k.constraint_name = tc.constraint_name
                 and k.table_name = tc.table_name
                left join information_schema.referential_constraints rc
                  on rc.constraint_schema = tc.constraint_schema and rc.constraint_name = tc.constraint_name
                left join information_schema.table_constraints ref
                  on ref.constraint_schema = rc.unique_constraint_schema
                 and ref.constraint_name = rc.unique_constraint_name
                where tc.table_schema = current_schema()
                  and tc.constraint_type in ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')""")
                .query((rs, n) -> new Constraint(
                        rs.getString(2) + "." + rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        Objects.requireNonNullElse(rs.getString(5), ""),
                        new TreeSet<>(Set.of(rs.getString(4)))))
                .list()
                .forEach(row -> byName.merge(row.name(), row, (a, b) -> {
                    a.columns().addAll(b.columns());
                    return a;
                }));
        return List.copyOf(byName.values());
    }

    private record Constraint(String name, String table, String type, String referenced, Set<String> columns) {}
}
