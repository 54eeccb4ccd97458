package dev.tandem.shared.sections;

import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.Sql;
import dev.tandem.shared.WorkspaceId;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Copies a workspace's rows of some tables out as plain values and back in with new ids. Columns are read from the
 * database itself, so a column a migration adds travels without more code; a file that names a column or table
 * this server does not have (a newer Tandem's) is refused. Values: ids, texts, dates and times (ISO 8601, UTC) and
 * decimals as strings, bytes as Base64, numbers and booleans as they are.
 */
@Component
public class TableCopier {

    private static final String WORKSPACE = "workspace_id";

    private final JdbcClient jdbc;

    TableCopier(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Map<String, List<Map<String, @Nullable Object>>> export(WorkspaceId workspace, List<Table> tables) {
        Map<String, List<Map<String, @Nullable Object>>> out = new LinkedHashMap<>();
        for (Table table : tables) {
            out.put(
                    table.name(),
                    jdbc.sql("select * from " + table.name() + " where workspace_id = :ws order by " + table.orderBy())
                            .param("ws", workspace.value())
                            .query((rs, n) -> row(rs, table))
                            .list());
        }
        return out;
    }

    public boolean holdsData(WorkspaceId workspace, List<Table> tables) {
        return tables.stream()
                .filter(table -> !table.settings())
                .anyMatch(table -> jdbc.sql("select count(*) from " + table.name() + " where workspace_id = :ws")
                                .param("ws", workspace.value())
                                .query(Long.class)
                                .single()
                        > 0);
    }

    public void restore(
            String section,
            List<Table> tables,
            Map<String, List<Map<String, @Nullable Object>>> rows,
            Restoring restoring) {
        for (String name : rows.keySet()) {
            if (tables.stream().noneMatch(table -> table.name().equals(name))) {
                throw new InvalidInput("restore.unknownTable", section, name);
            }
        }
        for (Table table : tables) {
            List<Map<String, @Nullable Object>> given = rows.getOrDefault(table.name(), List.of());
            if (table.settings()) {
                jdbc.sql("delete from " + table.name() + " where workspace_id = :ws")
                        .param("ws", restoring.workspace().value())
                        .update();
            }
            Map<String, Integer> columns = columns(table.name());
            for (Map<String, @Nullable Object> row : given) {
                insert(table, columns, row, restoring);
            }
        }
    }

    private void insert(
            Table table, Map<String, Integer> columns, Map<String, @Nullable Object> row, Restoring restoring) {
        Map<String, @Nullable Object> values = new LinkedHashMap<>();
        values.put(WORKSPACE, restoring.workspace().value());
        for (var cell : row.entrySet()) {
            String column = cell.getKey();
            Integer type = columns.get(column);
            if (type == null || column.equals(WORKSPACE) || table.secrets().containsKey(column)) {
                throw new InvalidInput("restore.unknownColumn", table.name(), column);
            }
            if (column.equals(table.accountColumn())) {
                UUID account = restoring.account(person(table.name(), column, cell.getValue()));
                if (account == null) {
                    return;
                }
                values.put(column, account);
            } else {
                values.put(column, value(table.name(), column, type, cell.getValue(), restoring));
            }
        }
        table.secrets().forEach((column, fresh) -> values.put(column, fresh.get()));
        var statement = jdbc.sql("insert into " + table.name() + " (" + String.join(", ", values.keySet())
                + ") values (" + values.keySet().stream().map(c -> ":" + c).collect(Collectors.joining(", ")) + ")");
        for (var value : values.entrySet()) {
            statement = statement.param(value.getKey(), value.getValue());
        }
        statement.update();
    }

    /** The table's columns and their JDBC types; a type of {@link Types#OTHER} stands for a UUID. */
    private Map<String, Integer> columns(String table) {
        return jdbc.sql("select * from " + table + " where 1 = 0").query(rs -> {
            ResultSetMetaData meta = rs.getMetaData();
            Map<String, Integer> columns = new LinkedHashMap<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                columns.put(name(meta, i), isUuid(meta, i) ? Types.OTHER : meta.getColumnType(i));
            }
            return columns;
        });
    }

    private static Map<String, @Nullable Object> row(ResultSet rs, Table table) throws SQLException {
        ResultSetMetaData meta = rs.getMetaData();
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        for (int i = 1; i <= meta.getColumnCount(); i++) {
            String column = name(meta, i);
            if (!column.equals(WORKSPACE) && !table.secrets().containsKey(column)) {
                row.put(column, exported(rs, meta, i));
            }
        }
        return row;
    }

    private static @Nullable Object exported(ResultSet rs, ResultSetMetaData meta, int i) throws SQLException {
        if (rs.getObject(i) == null) {
            return null;
        }
        if (isUuid(meta, i)) {
            return rs.getObject(i, UUID.class).toString();
        }
        return switch (meta.getColumnType(i)) {
            case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE ->
                rs.getObject(i, OffsetDateTime.class).toInstant().toString();
            case Types.DATE -> rs.getObject(i, LocalDate.class).toString();
            case Types.NUMERIC, Types.DECIMAL -> rs.getBigDecimal(i).toPlainString();
            case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                Base64.getEncoder().encodeToString(rs.getBytes(i));
            case Types.BOOLEAN, Types.BIT -> rs.getBoolean(i);
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> rs.getInt(i);
            case Types.BIGINT -> rs.getLong(i);
            default -> rs.getString(i);
        };
    }

    private static @Nullable Object value(
            String table, String column, int type, @Nullable Object given, Restoring restoring) {
        if (given == null) {
            return null;
        }
        try {
            return switch (type) {
                case Types.OTHER -> restoring.id(UUID.fromString(text(given)));
                case Types.TIMESTAMP, Types.TIMESTAMP_WITH_TIMEZONE -> Sql.ts(Instant.parse(text(given)));
                case Types.DATE -> LocalDate.parse(text(given));
                case Types.NUMERIC, Types.DECIMAL -> new BigDecimal(text(given));
                case Types.BINARY, Types.VARBINARY, Types.LONGVARBINARY, Types.BLOB ->
                    Base64.getDecoder().decode(text(given));
                case Types.BOOLEAN, Types.BIT -> (Boolean) given;
                case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Math.toIntExact(((Number) given).longValue());
                case Types.BIGINT -> ((Number) given).longValue();
                default -> restoring.text(text(given));
            };
        } catch (ClassCastException | IllegalArgumentException | ArithmeticException | DateTimeParseException bad) {
            throw new InvalidInput("restore.badValue", table, column);
        }
    }

    private static UUID person(String table, String column, @Nullable Object given) {
        try {
            return UUID.fromString(text(given == null ? "" : given));
        } catch (IllegalArgumentException bad) {
            throw new InvalidInput("restore.badValue", table, column);
        }
    }

    private static String text(Object given) {
        if (given instanceof String text) {
            return text;
        }
        throw new IllegalArgumentException("not a text");
    }

    private static String name(ResultSetMetaData meta, int i) throws SQLException {
        return meta.getColumnLabel(i).toLowerCase(Locale.ROOT);
    }

    private static boolean isUuid(ResultSetMetaData meta, int i) throws SQLException {
        return meta.getColumnTypeName(i).toLowerCase(Locale.ROOT).equals("uuid");
    }
}
