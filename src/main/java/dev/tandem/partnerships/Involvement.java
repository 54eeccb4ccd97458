package dev.tandem.partnerships;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How a member is part of one partnership: as its owner, as a participant on our side, or both.
 *
 * @param participantId the member's participant id there, null when they only own it
 */
public record Involvement(
        UUID partnershipId, boolean owns, @Nullable UUID participantId) {}
