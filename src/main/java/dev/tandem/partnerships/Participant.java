package dev.tandem.partnerships;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone taking part in a partnership, with their role in it.
 *
 * @param personId a member's user id on {@link Side#OURS}, a contact id on {@link Side#THEIRS}
 */
public record Participant(UUID id, UUID partnershipId, Side side, UUID personId, String role, Instant addedAt) {

    public static final int ROLE_LENGTH = 100;
    public static final int MAX_PER_PARTNERSHIP = 100;
}
