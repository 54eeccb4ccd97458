package dev.tandem.contacts;

import dev.tandem.shared.WorkspaceId;
import java.util.UUID;

/** Two contacts were found to be one person: {@code merged} is gone, everything now points to {@code kept}. */
public record ContactsMerged(WorkspaceId workspaceId, UUID merged, UUID kept) {
}
