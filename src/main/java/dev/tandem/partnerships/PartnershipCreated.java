package dev.tandem.partnerships;

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

/** A partnership was created, with its counterpart: on its timeline and on the contact's and organisation's. */
public record PartnershipCreated(
        WorkspaceId workspaceId,
        UUID partnershipId,
        String name,
        @Nullable UUID contactId,
        @Nullable UUID organizationId,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        List<TimelineSubject> subjects = new ArrayList<>(List.of(TimelineSubject.partnership(partnershipId)));
        if (contactId != null) {
            subjects.add(TimelineSubject.contact(contactId));
        }
        if (organizationId != null) {
            subjects.add(TimelineSubject.organization(organizationId));
        }
        return subjects;
    }

    @Override
    public String messageKey() {
        return "timeline.partnership.created";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(name));
    }
}
