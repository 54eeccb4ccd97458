package dev.tandem.rhythm.web;

import dev.tandem.shared.Dates;
import dev.tandem.shared.InvalidInput;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The dates the rhythm pages' small forms post ({@code 2026-12-01}): read at the edge, so that the commands carry a
 * {@link LocalDate}, and an unreadable or missing one comes back as the form's message on its field.
 */
final class FormDates {

    private FormDates() {}

    static LocalDate required(String text, String field) {
        if (text.isBlank()) {
            throw new InvalidInput("validation.required").on(field);
        }
        try {
            return Dates.require(LocalDate.parse(text.strip()), field);
        } catch (DateTimeParseException e) {
            throw new InvalidInput("rhythm.date.invalid").on(field);
        }
    }
}
