package dev.tandem.endings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A relationship snoozed until a date: its check-in cadence pauses (no "check-in overdue") and resumes from that day.
 * Ended early when the user takes it back.
 */
public record Deferral(
        UUID id,
        UUID partnershipId,
        LocalDate until,
        @Nullable String reason,
        @Nullable String channel,
        Instant createdAt,
        @Nullable Instant endedAt) {

    /** Whether it still pauses the cadence on {@code day}. */
    public boolean pauses(LocalDate day) {
        return endedAt == null && day.isBefore(until);
    }
}
