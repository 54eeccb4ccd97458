package dev.tandem.partnerships;

import dev.tandem.shared.SubjectDeleted;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.util.UUID;

/**
 * A partnership was deleted. Its own rows, and every other module's rows that reference it, went with it through
 * their foreign keys (ADR 0008); published in the same transaction for what no key reaches, such as its timeline.
 */
public record PartnershipDeleted(WorkspaceId workspaceId, UUID partnershipId) implements SubjectDeleted {

    @Override
    public TimelineSubject subject() {
        return TimelineSubject.partnership(partnershipId);
    }
}
