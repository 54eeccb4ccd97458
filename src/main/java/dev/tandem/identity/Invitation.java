package dev.tandem.identity;

import dev.tandem.shared.WorkspaceId;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An open invitation: to join a workspace with a role, or (with a partnership, and no role) to be a guest of that
 * one partnership.
 */
public record Invitation(
        UUID id,
        WorkspaceId workspaceId,
        String workspaceName,
        String email,
        @Nullable Role role,
        String invitedBy,
        Instant expiresAt,
        @Nullable UUID partnershipId,
        @Nullable String partnershipName)
        implements Serializable {

    /** Whether it makes a partner-side guest rather than a member. */
    public boolean forGuest() {
        return partnershipId != null;
    }
}
