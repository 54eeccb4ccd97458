package dev.tandem.partnerships;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Someone joined a partnership on one side, in a role: a member on ours, a contact on theirs (whose timeline
 * shows it too). {@code personId} is the user or contact id.
 */
public record ParticipantAdded(
        WorkspaceId workspaceId,
        UUID partnershipId,
        String partnershipName,
        Side side,
        UUID personId,
        String name,
        String role,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return Participant.timelines(partnershipId, side, personId);
    }

    @Override
    public String messageKey() {
        return "timeline.partnership.participantAdded." + side.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(
                TimelineArgument.text(name), TimelineArgument.text(role), TimelineArgument.text(partnershipName));
    }
}
