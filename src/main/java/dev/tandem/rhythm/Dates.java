package dev.tandem.rhythm;

import dev.tandem.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;

/** Reads the dates of commitments (ISO {@code 2026-12-01}); an unreadable one is 400 on its field. */
final class Dates {

    private Dates() {
    }

    static @Nullable LocalDate parse(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInput("rhythm.date.invalid").on(field);
        }
    }
}
