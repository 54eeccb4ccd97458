package dev.tandem.endings;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A contract was recorded for a partnership, with or without exit terms. */
public record ContractAdded(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID contractId,
        String title,
        boolean exitTerms,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId));
    }

    @Override
    public String messageKey() {
        return exitTerms ? "timeline.contract.added" : "timeline.contract.addedWithoutExit";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(title));
    }
}
