package dev.tandem.rhythm;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A meeting was held: an interaction with the other side, on the partnership's timeline and on those of the
 * contacts who came. It moves "last contacted" and restarts the cadence.
 *
 * @param attendees the names of everyone who came, ours and theirs
 * @param contactsWhoCame the contacts among them (their side)
 */
public record MeetingHeld(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID meetingId,
        MeetingType type,
        List<String> attendees,
        List<UUID> contactsWhoCame,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    public MeetingHeld {
        attendees = List.copyOf(attendees);
        contactsWhoCame = List.copyOf(contactsWhoCame);
    }

    @Override
    public List<TimelineSubject> subjects() {
        List<TimelineSubject> subjects = new ArrayList<>(List.of(TimelineSubject.partnership(partnershipId)));
        contactsWhoCame.forEach(c -> subjects.add(TimelineSubject.contact(c)));
        return subjects;
    }

    @Override
    public String messageKey() {
        return "timeline.rhythm.meeting.held." + type.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(attendees.isEmpty() ? "—" : String.join(", ", attendees)));
    }

    @Override
    public boolean interaction() {
        return true;
    }
}
