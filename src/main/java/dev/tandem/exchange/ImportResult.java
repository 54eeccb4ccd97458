package dev.tandem.exchange;

import java.io.Serializable;
import java.util.List;

/**
 * What an import did: contacts created, existing ones updated (recognised by email, LinkedIn profile or
 * X handle), rows skipped (empty), each refused row with its number (counted from 1, the first contact
 * of the file) and why, and each row imported without something it had (a photo) with why.
 */
public record ImportResult(int created, int updated, int skipped, List<RowError> errors, List<RowWarning> warnings)
        implements Serializable {

    /** A row that was not imported; {@code message} is in the language of the request. */
    public record RowError(int row, String message) implements Serializable {}

    /** A row imported without part of what it had; {@code message} says what and why. */
    public record RowWarning(int row, String message) implements Serializable {}

    public ImportResult {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }
}
