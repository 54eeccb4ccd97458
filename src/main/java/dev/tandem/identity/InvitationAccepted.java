package dev.tandem.identity;

import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Someone accepted an invitation: joined the workspace, or (with a partnership) became a guest of that partnership.
 * Published inside the accepting transaction, so that whoever invited them hears of it.
 */
public record InvitationAccepted(
        WorkspaceId workspaceId,
        UUID invitationId,
        UserId invitedBy,
        UserId joined,
        String joinedName,
        @Nullable UUID partnershipId,
        @Nullable String partnershipName,
        Instant occurredAt) {}
