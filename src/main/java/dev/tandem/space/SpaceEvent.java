package dev.tandem.space;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.TimelineArgument;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.util.List;
import java.util.UUID;

/**
 * What happened in a partnership's shared space, on its timeline: a post published, a resource shared, a question
 * answered. The text names who, from which side, and the start of what they wrote. A shared post is a contact with
 * the other side (an interaction); an internal one is not.
 */
public sealed interface SpaceEvent extends TimelineEvent permits PostPublished, ResourceShared, QuestionAnswered {

    /** How much of a post the timeline quotes. */
    int EXCERPT = 80;

    UUID partnershipId();

    UUID postId();

    Side side();

    Visibility visibility();

    String excerpt();

    @Override
    default List<TimelineSubject> subjects() {
        return List.of(TimelineSubject.partnership(partnershipId()));
    }

    @Override
    default List<TimelineArgument> arguments() {
        return List.of(TimelineArgument.text(excerpt()));
    }

    @Override
    default boolean interaction() {
        return visibility() == Visibility.SHARED;
    }

    static String excerpt(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= EXCERPT ? line : line.substring(0, EXCERPT - 1) + "…";
    }
}
