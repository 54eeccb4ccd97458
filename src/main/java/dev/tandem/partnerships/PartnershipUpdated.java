package dev.tandem.partnerships;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What a partnership says (name, kind, owner, counterpart, purpose, cadence, …) was edited. */
public record PartnershipUpdated(
        WorkspaceId workspaceId, UUID partnershipId, String name, Actor actor, Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId));
    }

    @Override
    public String messageKey() {
        return "timeline.partnership.updated";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(name));
    }
}
