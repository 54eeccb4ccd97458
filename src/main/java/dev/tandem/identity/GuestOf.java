package dev.tandem.identity;

import dev.tandem.shared.WorkspaceId;
import java.util.UUID;

/** A partnership someone is a partner-side guest of. */
public record GuestOf(WorkspaceId workspaceId, UUID partnershipId) {}
