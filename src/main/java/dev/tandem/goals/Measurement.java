package dev.tandem.goals;

import dev.tandem.shared.UserId;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A value of a key result's metric on a day, with who recorded it. */
public record Measurement(
        UUID id,
        UUID keyResultId,
        BigDecimal value,
        LocalDate measuredOn,
        @Nullable String note,
        UserId recordedBy,
        Instant createdAt) {

    public static final int NOTE_LENGTH = 500;
}
