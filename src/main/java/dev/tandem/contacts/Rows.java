package dev.tandem.contacts;

import java.sql.Types;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.SqlParameterValue;

/**
 * Inserts many rows with few round trips: {@value #PER_STATEMENT} rows to a statement
 * ({@code values (…), (…), …}), the statements batched. A plain JDBC batch sends PostgreSQL one
 * statement per row, and an import writes millions of search-prefix rows.
 */
final class Rows {

    static final int PER_STATEMENT = 200;
    /** A typed null: an untyped one makes Spring ask the driver for the parameter's type, a round trip per null. */
    private static final SqlParameterValue NULL = new SqlParameterValue(Types.NULL, null);

    private Rows() {}

    static void insert(JdbcTemplate jdbc, String table, String columns, int width, List<Object[]> rows) {
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

    private static String sql(String table, String columns, int width, int count) {
        String row = "(" + String.join(", ", Collections.nCopies(width, "?")) + ")";
        return "insert into " + table + " (" + columns + ") values "
                + String.join(", ", Collections.nCopies(count, row));
    }

    private static Object[] flatten(List<Object[]> rows, int width) {
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
