package dev.tandem.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: contacts created, existing ones updated (same email), rows skipped (empty),
 * and each refused row with its number (counted from 1, the first contact of the file) and why.
 */
public record ImportResult(int created, int updated, int skipped, List<RowError> errors) implements Serializable {

    /** A row that was not imported; {@code message} is in the language of the request. */
    public record RowError(int row, String message) implements Serializable {
    }

    public ImportResult {
        errors = List.copyOf(errors);
    }
}
