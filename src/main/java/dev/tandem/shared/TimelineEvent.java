package dev.tandem.shared;

import java.time.Instant;
import java.util.List;
import org.jmolecules.event.types.DomainEvent;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened, for the timelines of the partnerships, contacts and organisations it concerns. Each
 * module publishes its own past-tense records implementing this ({@code rhythm.MeetingHeld},
 * {@code partnerships.StageChanged}, …) with Spring's {@code ApplicationEventPublisher}, inside the transaction of
 * the change; the {@code timeline} module records them in that transaction, and other modules listen to the
 * records they care about.
 *
 * <p>The text is the message {@link #messageKey()} of the publishing module's bundle, filled with
 * {@link #arguments()} in the reader's language when it is shown. An {@link #interaction()} is a contact with
 * the other side (a meeting held, a shared note): it moves "last contacted" of every subject.
 */
public interface TimelineEvent extends DomainEvent {

    WorkspaceId workspaceId();

    /** What the event goes on the timeline of; at least one. */
    List<TimelineSubject> subjects();

    Instant occurredAt();

    /** Who did it, when a member did. */
    @Nullable
    Actor actor();

    /** {@code timeline.<what happened>}, a key of the publishing module's message bundle. */
    String messageKey();

    /** What the text is filled with, in the order of its placeholders. */
    List<TimelineArgument> arguments();

    default boolean interaction() {
        return false;
    }
}
