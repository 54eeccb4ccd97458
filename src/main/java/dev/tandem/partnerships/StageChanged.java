package dev.tandem.partnerships;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A partnership moved from one stage to another, for a reason (the move the stage machine allowed). */
public record StageChanged(
        WorkspaceId workspaceId,
        UUID partnershipId,
        Stage from,
        Stage to,
        String reason,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId));
    }

    @Override
    public String messageKey() {
        return "timeline.partnership.movedTo." + to.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(reason));
    }
}
