package dev.tandem.contacts;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A contact was added, on its timeline and on its organisation's. */
public record ContactAdded(
        WorkspaceId workspaceId,
        UUID contactId,
        @Nullable UUID organizationId,
        String name,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return organizationId == null
                ? List.of(TimelineSubject.contact(contactId))
                : List.of(TimelineSubject.contact(contactId), TimelineSubject.organization(organizationId));
    }

    @Override
    public String messageKey() {
        return "timeline.contact.created";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(name));
    }
}
