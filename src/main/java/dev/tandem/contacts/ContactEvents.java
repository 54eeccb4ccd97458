package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Publishes what happened to contacts and organisations, for their timelines. */
@Component
class ContactEvents {

    private final ApplicationEventPublisher events;
    private final Clock clock;

    ContactEvents(ApplicationEventPublisher events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** Text {@code timeline.<type>} of the contacts bundle, filled with {@code args}. */
    void publish(WorkspaceContext ctx, List<TimelineSubject> subjects, String type, boolean interaction,
            String... args) {
        events.publishEvent(new TimelineEvent(ctx.workspaceId(), subjects, type, List.of(args), ctx.userId(), ctx.userName(),
                clock.instant(), interaction));
    }

    void publish(Object event) {
        events.publishEvent(event);
    }
}
