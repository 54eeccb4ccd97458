package dev.tandem.rhythm;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A change to a commitment; a null part stays as it is. Dates are ISO text ({@code 2026-12-01}), read by
 * the service so that an unreadable one is answered on its field. {@code doneOn} defaults to today.
 */
public record CommitmentChange(@Nullable String what, @Nullable UUID ownerId, @Nullable String dueOn,
        @Nullable CommitmentStatus status, @Nullable String doneOn) {
}
