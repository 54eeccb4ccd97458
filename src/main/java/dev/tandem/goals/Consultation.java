package dev.tandem.goals;

import dev.tandem.partnerships.Side;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A voice consulted on a shared goal: a person or a group of one side, in a role, on a day, in some way, and
 * whether they are of the teams doing the work. Recorded and deleted, never edited (so it carries no version).
 */
public record Consultation(
        UUID id,
        UUID partnershipId,
        UUID goalId,
        Side side,
        String who,
        @Nullable String role,
        boolean doesTheWork,
        LocalDate consultedOn,
        How how,
        Instant createdAt,
        UserId createdBy) {

    public static final int WHO_LENGTH = 200;
    public static final int ROLE_LENGTH = 200;

    /** How they were consulted. */
    public enum How {
        MEETING,
        WORKSHOP,
        INTERVIEW,
        SURVEY,
        WRITTEN,
        OTHER
    }

    /** What is recorded of a consultation; checks lengths and that it did not happen in the future. */
    public record Details(
            Side side, String who, @Nullable String role, boolean doesTheWork, LocalDate consultedOn, How how) {

        public Details {
            who = who == null ? "" : who.strip();
            role = role == null || role.isBlank() ? null : role.strip();
            if (who.isEmpty()) {
                throw new InvalidInput("consultation.who.required").on("who");
            }
            if (who.length() > WHO_LENGTH) {
                throw new InvalidInput("consultation.length", WHO_LENGTH).on("who");
            }
            if (role != null && role.length() > ROLE_LENGTH) {
                throw new InvalidInput("consultation.length", ROLE_LENGTH).on("role");
            }
        }
    }

    /** Whose voice is missing on an ACTIVE shared goal. */
    public enum Missing {
        /** nobody was consulted yet */
        ANYONE,
        /** nobody of our side */
        OUR_SIDE,
        /** nobody of their side */
        THEIR_SIDE,
        /** nobody of the teams doing the work */
        DOING_THE_WORK
    }
}
