package dev.tandem.contacts;

import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A note was added to a contact; a shared one is written with them, so it is an interaction. */
public record ContactNoteAdded(
        WorkspaceId workspaceId, UUID contactId, ContactNote.Visibility visibility, Actor actor, Instant occurredAt)
        implements TimelineEvent {

    @Override
    public List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.contact(contactId));
    }

    @Override
    public String messageKey() {
        return interaction() ? "timeline.contact.sharedNoteAdded" : "timeline.contact.noteAdded";
    }

    @Override
    public List<TimelineArgument> arguments() {
        return List.of();
    }

    @Override
    public boolean interaction() {
        return visibility == ContactNote.Visibility.SHARED;
    }
}
