package dev.tandem.shared;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Inserts many rows with few round trips: {@value #PER_STATEMENT} rows to a statement
 * ({@code values (…), (…), …}), the statements batched. A plain JDBC batch sends PostgreSQL one
 * statement per row, and an import writes millions of search-prefix rows.
 */
public final class Rows {

    public static final int PER_STATEMENT = 200;
    /** A typed null: an untyped one makes Spring ask the driver for the parameter's type, a round trip per null. */
    private static final SqlParameterValue NULL = new SqlParameterValue(Types.NULL, null);

    private Rows() {}

    public static void insert(JdbcTemplate jdbc, String table, String columns, int width, List<Object[]> rows) {
        int full = rows.size() / PER_STATEMENT * PER_STATEMENT;
        if (full > 0) {
            List<Object[]> statements = new ArrayList<>();
            for (int start = 0; start < full; start += PER_STATEMENT) {
                statements.add(flatten(rows.subList(start, start + PER_STATEMENT), width));
            }
            jdbc.batchUpdate(sql(table, columns, width, PER_STATEMENT), statements);
        }
        if (full < rows.size()) {
            List<Object[]> rest = rows.subList(full, rows.size());
            jdbc.update(sql(table, columns, width, rest.size()), flatten(rest, width));
        }
    }

    /**
     * {@link #copy} when there are enough rows for COPY to pay (its start costs a round trip more than an insert's),
     * {@link #insert} otherwise: one writer for a contact created alone and for thousands imported.
     */
    public static void append(JdbcTemplate jdbc, String table, String columns, int width, List<Object[]> rows) {
        if (rows.size() >= PER_STATEMENT) {
            copy(jdbc, table, columns, width, rows);
        } else {
            insert(jdbc, table, columns, width, rows);
        }
    }

    /**
     * Appends many rows of values (text, UUIDs, numbers, times, bytes) as fast as the database takes them: on
     * PostgreSQL one {@code COPY … from stdin} in its text format, elsewhere {@link #insert}. In the caller's
     * transaction either way.
     */
    public static void copy(JdbcTemplate jdbc, String table, String columns, int width, List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        boolean copied = Boolean.TRUE.equals(
                jdbc.execute((ConnectionCallback<Boolean>) c -> copyIn(c, table, columns, width, rows)));
        if (!copied) {
            insert(jdbc, table, columns, width, rows);
        }
    }

    private static boolean copyIn(Connection c, String table, String columns, int width, List<Object[]> rows)
            throws SQLException {
        if (!c.isWrapperFor(PGConnection.class)) {
            return false;
        }
        CopyIn in = c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " (" + columns + ") from stdin");
        try {
            StringBuilder text = new StringBuilder(COPY_BUFFER + 1024);
            for (Object[] row : rows) {
                for (int i = 0; i < width; i++) {
                    if (i > 0) {
                        text.append('\t');
                    }
                    appendCopyValue(text, row[i]);
                }
                text.append('\n');
                if (text.length() >= COPY_BUFFER) {
                    write(in, text);
                }
            }
            write(in, text);
            in.endCopy();
        } finally {
            if (in.isActive()) {
                in.cancelCopy();
            }
        }
        return true;
    }

    /** Characters sent to PostgreSQL's COPY at a time. */
    private static final int COPY_BUFFER = 64 * 1024;

    private static void write(CopyIn in, StringBuilder text) throws SQLException {
        byte[] bytes = text.toString().getBytes(StandardCharsets.UTF_8);
        in.writeToCopy(bytes, 0, bytes.length);
        text.setLength(0);
    }

    /** A value in COPY's text format: {@code \N} for null, backslash, tab, newline and carriage return escaped. */
    public static void appendCopyValue(StringBuilder text, @Nullable Object value) {
        if (value == null) {
            text.append("\\N");
            return;
        }
        if (value instanceof SqlParameterValue typed) {
            appendCopyValue(text, typed.getValue());
            return;
        }
        if (value instanceof byte[] bytes) {
            // bytea's hex form, its backslash escaped for COPY's text format.
            text.append("\\\\x").append(HexFormat.of().formatHex(bytes));
            return;
        }
        if (value instanceof UUID || value instanceof Number || value instanceof OffsetDateTime) {
            text.append(value);
            return;
        }
        String s = value.toString();
        if (!needsEscape(s)) {
            text.append(s);
            return;
        }
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '\\' -> text.append("\\\\");
                case '\t' -> text.append("\\t");
                case '\n' -> text.append("\\n");
                case '\r' -> text.append("\\r");
                default -> text.append(ch);
            }
        }
    }

    // Most values have nothing to escape: appended whole, not character by character (a third of an import's own CPU).
    private static boolean needsEscape(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '\\' || ch == '\t' || ch == '\n' || ch == '\r') {
                return true;
            }
        }
        return false;
    }

    private static String sql(String table, String columns, int width, int count) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "insert into " + table + " (" + columns + ") values "
                + String.join(", ", Collections.nCopies(count, row));
    }

    /** The rows' values one after the other, as the parameters of a multi-row statement; nulls typed. */
    public static Object[] flatten(List<Object[]> rows, int width) {
        Object[] values = new Object[rows.size() * width];
        for (int i = 0; i < rows.size(); i++) {
            System.arraycopy(rows.get(i), 0, values, i * width, width);
        }
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                values[i] = NULL;
            }
        }
        return values;
    }
}
