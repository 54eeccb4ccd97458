package dev.tandem.partnerships;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A note was added to a partnership; a shared one is written with the other side, so it is an interaction. */
public record PartnershipNoteAdded(
        WorkspaceId workspaceId,
        UUID partnershipId,
        UUID noteId,
        Visibility visibility,
        String excerpt,
        Actor actor,
        Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId));
    }

    @Override
    public String messageKey() {
        return "timeline.partnership.noteAdded." + visibility.name();
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(excerpt));
    }

    @Override
    public boolean interaction() {
        return visibility == Visibility.SHARED;
    }
}
