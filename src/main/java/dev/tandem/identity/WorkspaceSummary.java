package dev.tandem.identity;

import dev.tandem.shared.WorkspaceId;

/** A workspace a user belongs to, with their role there. */
public record WorkspaceSummary(WorkspaceId id, String name, Role role) {}
