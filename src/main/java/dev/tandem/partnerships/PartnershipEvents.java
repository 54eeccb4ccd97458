package dev.tandem.partnerships;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what happened to a partnership to its timeline, and to the contact's when it concerns one. */
@Component
class PartnershipEvents {

    private final ApplicationEventPublisher events;

    PartnershipEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    void timeline(WorkspaceContext context, UUID partnershipId, String type, List<String> args, Instant at,
            boolean interaction, @Nullable UUID contactId, @Nullable UUID organizationId) {
        List<TimelineSubject> subjects = new ArrayList<>();
        subjects.add(TimelineSubject.partnership(partnershipId));
        if (contactId != null) {
            subjects.add(TimelineSubject.contact(contactId));
        }
        if (organizationId != null) {
            subjects.add(TimelineSubject.organization(organizationId));
        }
        events.publishEvent(new TimelineEvent(context.workspaceId(), subjects, type, args, context.userId(),
                context.userName(), at,
                interaction));
    }

    void timeline(WorkspaceContext context, UUID partnershipId, String type, List<String> args, Instant at) {
        timeline(context, partnershipId, type, args, at, false, null, null);
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
