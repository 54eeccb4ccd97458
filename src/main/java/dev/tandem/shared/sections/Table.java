package dev.tandem.shared.sections;

import java.util.Map;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One table of a {@link TableSection}: its rows have {@code workspace_id} and are written in
 * {@code orderBy}'s order, which must put a row after the rows of the same table it refers to.
 *
 * @param name the table (a constant of the module, never from input)
 * @param orderBy an {@code order by} list that is unique per row, so two exports of the same data are alike
 * @param secrets columns left out of the file, given a fresh value on restore (an invitation's token hash)
 * @param accountColumn a column holding a person's account: rows whose person has no account on this server are
 *     not restored (a guest's access, a read marker), rather than given to the person restoring
 * @param settings a row that a new workspace may already have (its settings): replaced, and not a sign of data
 */
public record Table(
        String name,
        String orderBy,
        Map<String, Supplier<Object>> secrets,
        @Nullable String accountColumn,
        boolean settings) {

    public static Table of(String name, String orderBy) {
        return new Table(name, orderBy, Map.of(), null, false);
    }

    public Table secret(String column, Supplier<Object> fresh) {
        return new Table(name, orderBy, Map.of(column, fresh), accountColumn, settings);
    }

    public Table onlyWithAccount(String column) {
        return new Table(name, orderBy, secrets, column, settings);
    }

    public Table asSettings() {
        return new Table(name, orderBy, secrets, accountColumn, true);
    }
}
