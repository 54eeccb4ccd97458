package dev.tandem.partnerships;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Someone left a partnership's side; {@code personId} is the user or contact id. */
public record ParticipantRemoved(
        WorkspaceId workspaceId,
        UUID partnershipId,
        String partnershipName,
        Side side,
        UUID personId,
        String name,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return Participant.timelines(partnershipId, side, personId);
    }

    @Override
    public String messageKey() {
        return "timeline.partnership.participantRemoved." + side.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(name), TimelineArgument.text(partnershipName));
    }
}
