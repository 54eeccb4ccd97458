package dev.tandem.partnerships;

import dev.tandem.shared.WorkspaceId;

/** A partnership moved to another stage; published inside the transaction of the move. */
public record PartnershipStageChanged(WorkspaceId workspaceId, StageChange change) {
}
