package dev.tandem.rhythm;

import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/** A meeting's notes and decisions were shown to the partner's guests, or kept to the team from now on. */
public record MeetingNotesVisibilityChanged(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID meetingId,
        Instant startsAt,
        Visibility visibility,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId));
    }

    @Override
    public String messageKey() {
        return "timeline.meeting.notesVisibility." + visibility.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.day(LocalDate.ofInstant(startsAt, ZoneOffset.UTC)));
    }
}
