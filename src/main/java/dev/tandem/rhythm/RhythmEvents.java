package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.PartnershipChanged;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Puts what happens in rhythm on the timelines of the partnership (and of the contacts it concerns). */
@Component
class RhythmEvents {

    private final ApplicationEventPublisher events;

    RhythmEvents(ApplicationEventPublisher events) {
        this.events = events;
    }

    /** A change that does not go on the timeline but alters the partnership's facts (for the health index). */
    void changed(WorkspaceContext context, UUID partnershipId) {
        events.publishEvent(new PartnershipChanged(context.workspaceId(), partnershipId));
    }

    void timeline(WorkspaceContext context, UUID partnershipId, List<UUID> contacts, String type, List<String> args,
            Instant at, boolean interaction) {
        List<TimelineSubject> subjects = new ArrayList<>();
        subjects.add(TimelineSubject.partnership(partnershipId));
        contacts.forEach(c -> subjects.add(TimelineSubject.contact(c)));
        events.publishEvent(new TimelineEvent(context.workspaceId(), subjects, type, args, context.userId(),
                context.userName(), at.truncatedTo(ChronoUnit.MICROS), interaction));
    }
}
