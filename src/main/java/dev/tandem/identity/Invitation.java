package dev.tandem.identity;

import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.UUID;

/** An open invitation to join a workspace. */
public record Invitation(UUID id, WorkspaceId workspaceId, String workspaceName, String email, Role role,
        String invitedBy, Instant expiresAt) implements java.io.Serializable {
}
