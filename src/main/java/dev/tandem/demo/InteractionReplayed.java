package dev.tandem.demo;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One of the demo's past interactions (a call, a coffee, a workshop, …) with a person of the partnership, on the
 * partnership's, the person's and their organisation's timelines. It moves "last contacted" as a real one would.
 *
 * @param kind what it was: the text is {@code timeline.demo.<kind>} of the demo's bundle
 */
public record InteractionReplayed(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID contactId,
        @Nullable UUID organizationId,
        String kind,
        String person,
        String topic,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        List<TimelineSubject> subjects = new ArrayList<>(
                List.of(TimelineSubject.partnership(partnershipId), TimelineSubject.contact(contactId)));
        if (organizationId != null) {
            subjects.add(TimelineSubject.organization(organizationId));
        }
        return subjects;
    }

    @Override
    public String messageKey() {
        return "timeline.demo." + kind;
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(person), TimelineArgument.text(topic));
    }

    @Override
    public boolean interaction() {
        return true;
    }
}
