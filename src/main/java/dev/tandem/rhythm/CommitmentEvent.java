package dev.tandem.rhythm;

import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What happened to a commitment, on its partnership's timeline: made, delivered, slipped or dropped. The text
 * names the side that owes it and says what and by when.
 */
public sealed interface CommitmentEvent extends TimelineEvent
        permits CommitmentMade, CommitmentDelivered, CommitmentSlipped, CommitmentDropped {

    UUID partnershipId();

    UUID commitmentId();

    OwnerSide side();

    String what();

    LocalDate dueOn();

    @Override
    default List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId()));
    }

    @Override
    default List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(what()), TimelineArgument.day(dueOn()));
    }
}
