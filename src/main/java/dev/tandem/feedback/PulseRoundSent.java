package dev.tandem.feedback;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A pulse round went out: on the timeline of every partnership it asks about. */
public record PulseRoundSent(
        WorkspaceId workspaceId, UUID roundId, String title, List<UUID> partnershipIds, Actor actor, Instant occurredAt)
        implements TimelineEvent {

    public PulseRoundSent {
        partnershipIds = List.copyOf(partnershipIds);
    }

    @Override
    public List<TimelineSubject> subjects() {
        return partnershipIds.stream().map(TimelineSubject::partnership).toList();
    }

    @Override
    public String messageKey() {
        return "timeline.feedback.roundSent";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(title));
    }
}
