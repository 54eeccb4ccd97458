package dev.tandem.feedback;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Visibility;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A story: a short narrative of what the partnership meant to someone of either side.
 *
 * @param prompt what it answers, when the teller chose a prompt
 * @param authorId the member or guest who wrote it, who alone may change it; null when told through a pulse link
 * @param roundId the pulse round it came with, if it came through a link
 */
public record Story(
        UUID id,
        UUID partnershipId,
        @Nullable StoryPrompt prompt,
        String body,
        Visibility visibility,
        Side side,
        StorySource source,
        @Nullable UUID authorId,
        String authorName,
        @Nullable UUID roundId,
        Instant recordedAt,
        Instant updatedAt,
        long version) {

    /** The longest story, in characters. */
    public static final int MAX_LENGTH = 2000;

    /** Whether the story was changed after it was told. */
    public boolean edited() {
        return version > 0;
    }
}
