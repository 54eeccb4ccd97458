package dev.tandem.shared;

import java.time.LocalDate;

/**
 * The dates Tandem accepts, from years {@value #FIRST_YEAR} to {@value #LAST_YEAR}: every date a person or a client
 * gives (a due day, a measurement, a meeting) is checked here, so that nothing far outside a calendar's range
 * (year 999,999,999) reaches the database, a feed or a sum of days.
 */
public final class Dates {

    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2200;

    private Dates() {}

    public static boolean allowed(LocalDate date) {
        return date.getYear() >= FIRST_YEAR && date.getYear() <= LAST_YEAR;
    }

    /** The date, or a refusal on {@code field} when it is outside the allowed years. */
    public static LocalDate require(LocalDate date, String field) {
        if (!allowed(date)) {
            throw new InvalidInput("validation.date.range", FIRST_YEAR, LAST_YEAR).on(field);
        }
        return date;
    }
}
