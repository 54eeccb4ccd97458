package dev.tandem.shared;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.SqlParameterValue;

/** SQL both H2 and PostgreSQL read alike: time values, {@code array_agg} results, page limits and orders. */
public final class Sql {

    private Sql() {}

    /**
     * Who changed a row last, as a parameter: a typed null when nobody is known (PostgreSQL cannot infer the type of
     * an untyped null uuid).
     */
    public static SqlParameterValue user(@Nullable UserId user) {
        return new SqlParameterValue(Types.OTHER, user == null ? null : user.value());
    }

    public static @Nullable OffsetDateTime ts(@Nullable Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    public static Instant requiredInstant(ResultSet rs, String column) throws SQLException {
        Instant value = instant(rs, column);
        if (value == null) {
            throw new SQLException("column " + column + " is null");
        }
        return value;
    }

    /** An {@code array_agg} of ids; empty when it is null (no rows aggregated). */
    public static List<UUID> uuids(ResultSet rs, String column) throws SQLException {
        return array(rs, column, v -> v instanceof UUID id ? id : UUID.fromString(v.toString()));
    }

    /** An {@code array_agg} of texts, in its order; empty when it is null (no rows aggregated). */
    public static List<String> strings(ResultSet rs, String column) throws SQLException {
        return array(rs, column, Object::toString);
    }

    private static <T> List<T> array(ResultSet rs, String column, Function<Object, T> element) throws SQLException {
        Array array = rs.getArray(column);
        if (array == null) {
            return List.of();
        }
        try {
            return Arrays.stream((Object[]) array.getArray()).map(element).toList();
        } finally {
            array.free();
        }
    }

    /**
     * {@code order by} the columns {@code fixed}, then {@code order}, the fixed ones in the direction of
     * {@code order}'s first: {@code orderBy("workspace_id", "risk desc, partnership_id desc")}. The fixed columns
     * are the leading columns of the index that serves the query, each fixed by an equality of its conditions
     * (the workspace first), so the order is the same. H2 reads an index in order only when the order begins
     * with the index's leading columns (h2database issue 210), and otherwise read and sorted every row the
     * conditions select: a whole portfolio for a page of 50. PostgreSQL ignores columns its conditions fix.
     */
    public static String orderBy(String fixed, String order) {
        String direction = order.split(",")[0].strip().toLowerCase(Locale.ROOT).endsWith(" desc") ? " desc" : "";
        return " order by "
                + Arrays.stream(fixed.split(","))
                        .map(column -> column.strip() + direction)
                        .collect(Collectors.joining(", "))
                + ", " + order;
    }

    /**
     * The keys {@code (workspace_id, id)} of these ids, to bind as {@code where (workspace_id, id) in (:keys)}:
     * rows by id, looked up in a primary key that begins with the workspace. H2 looks up an {@code in} list in
     * an index only on the index's first column, so {@code workspace_id = :ws and id in (:ids)} read every row
     * of the workspace (the names of a meeting's three attendees took 10 to 20 ms among 50,000 contacts); a
     * list of whole keys is looked up key by key, and PostgreSQL reads it as one index scan per key.
     */
    public static List<Object[]> keys(UUID workspace, Collection<UUID> ids) {
        return ids.stream().distinct().map(id -> new Object[] {workspace, id}).toList();
    }

    /**
     * A page's {@code limit}, written into the statement rather than bound. PostgreSQL cannot cost a plan for an
     * unknown limit, so a bound one made it plan such a statement afresh on every execution (0.4 ms of a 0.8 ms
     * contact search); with a literal it keeps one plan per connection.
     */
    public static String limit(int rows) {
        if (rows < 1) {
            throw new IllegalArgumentException("a limit of " + rows);
        }
        return " limit " + rows;
    }
}
