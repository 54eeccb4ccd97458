package dev.tandem.shared;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Something that happened, for the timelines of the partnerships and contacts it concerns. Any
 * module publishes one (with Spring's {@code ApplicationEventPublisher}, inside the transaction
 * of the change) and the {@code timeline} module records it in the same transaction.
 *
 * <p>{@code type} names the text: the message {@code timeline.<type>} of the publishing module's
 * bundle, filled with {@code args}. An {@code interaction} is a contact with the other side (a
 * meeting held, a shared note, a call): it moves "last contacted" of every subject.
 *
 * @param actor who did it, when a member did
 * @param actorName the name the actor went by then, kept with the entry (null when {@code actor} is)
 */
public record TimelineEvent(
        WorkspaceId workspaceId,
        List<TimelineSubject> subjects,
        String type,
        List<String> args,
        @Nullable UserId actor,
        @Nullable String actorName,
        Instant occurredAt,
        boolean interaction) {

    public TimelineEvent {
        subjects = List.copyOf(subjects);
        args = List.copyOf(args);
        if (subjects.isEmpty()) {
            throw new IllegalArgumentException("a timeline event concerns at least one subject");
        }
    }
}
