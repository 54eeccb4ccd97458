package dev.tandem.endings;

import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.util.List;
import java.util.UUID;

/** What happened in a playbook run, on the partnership's timeline: started, finished, a message sent. */
public sealed interface PlaybookEvent extends TimelineEvent permits PlaybookStarted, PlaybookFinished, DraftSent {

    UUID partnershipId();

    UUID runId();

    Playbook playbook();

    @Override
    default List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId()));
    }

    @Override
    default List<TimelineArgument> arguments() {
        return List.of();
    }
}
