package dev.tandem.contacts;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An organisation was added to the workspace. */
public record OrganizationAdded(
        WorkspaceId workspaceId, UUID organizationId, String name, Actor actor, Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.organization(organizationId));
    }

    @Override
    public String messageKey() {
        return "timeline.organization.created";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(name));
    }
}
