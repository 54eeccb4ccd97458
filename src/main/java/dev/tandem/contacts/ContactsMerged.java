package dev.tandem.contacts;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Two contacts were found to be one person: {@code merged} is gone, everything now points to {@code kept}. Published
 * while the merged contact still exists, so that other modules re-point their rows in the same transaction; on the
 * kept contact's timeline.
 */
public record ContactsMerged(
        WorkspaceId workspaceId,
        UUID merged,
        String mergedName,
        UUID kept,
        String keptName,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.contact(kept));
    }

    @Override
    public String messageKey() {
        return "timeline.contact.merged";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(mergedName), TimelineArgument.text(keptName));
    }
}
