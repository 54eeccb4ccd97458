package dev.tandem.endings;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to do with a recurring coffee that no longer serves: {@link Choice#DEFER} it until a date (keeping an urgent
 * channel open), or {@link Choice#REDIRECT} the person to a recurring group meetup.
 */
public record CoffeePlan(
        Choice choice,
        @Nullable LocalDate until,
        @Nullable String channel,
        @Nullable UUID meetupId) {

    public static final int CHANNEL_LENGTH = 200;
    /** How far ahead a coffee is deferred unless the user says otherwise. */
    public static final int DEFAULT_MONTHS = 3;

    public enum Choice {
        DEFER,
        REDIRECT
    }
}
