package dev.tandem.recognition;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** A milestone was reached (recorded): on the partnership's timeline and those of the contacts who contributed. */
public record MilestoneReached(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID milestoneId,
        String title,
        LocalDate reachedOn,
        List<UUID> contacts,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    public MilestoneReached {
        contacts = List.copyOf(contacts);
    }

    @Override
    public List<TimelineSubject> subjects() {
        List<TimelineSubject> subjects = new ArrayList<>(List.of(TimelineSubject.partnership(partnershipId)));
        contacts.forEach(c -> subjects.add(TimelineSubject.contact(c)));
        return subjects;
    }

    @Override
    public String messageKey() {
        return "timeline.recognition.milestone";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(title), TimelineArgument.day(reachedOn));
    }
}
