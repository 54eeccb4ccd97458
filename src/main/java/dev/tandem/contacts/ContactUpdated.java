package dev.tandem.contacts;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** What is known of a contact was edited; {@code name} is the name it goes by now. */
public record ContactUpdated(WorkspaceId workspaceId, UUID contactId, String name, Actor actor, Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.contact(contactId));
    }

    @Override
    public String messageKey() {
        return "timeline.contact.updated";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(name));
    }
}
