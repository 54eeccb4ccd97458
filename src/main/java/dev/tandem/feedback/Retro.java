package dev.tandem.feedback;

import dev.tandem.shared.UserId;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An anonymous retrospective of a partnership: its links work until it expires; its results stay hidden until at
 * least {@code threshold} people (never fewer than {@value #MIN_THRESHOLD}) have answered.
 *
 * @param language the language its answer page opens in (the respondent may switch), null for English
 * @param wentWellQuestion its own wording of "what went well?", null for the default in the respondent's language
 * @param toImproveQuestion its own wording of "what should we improve?", null for the default
 */
public record Retro(
        UUID id,
        UUID partnershipId,
        String title,
        int threshold,
        UserId openedBy,
        Instant openedAt,
        Instant expiresAt,
        @Nullable String language,
        @Nullable String wentWellQuestion,
        @Nullable String toImproveQuestion) {

    public static final int MIN_THRESHOLD = 3;
    public static final int MAX_LINKS = 200;
    public static final int DEFAULT_LINKS = 6;
    public static final int QUESTION_LENGTH = 300;

    /** What starting a retrospective asks for; everything but the title has a default. */
    public record Setup(
            String title,
            @Nullable Integer threshold,
            @Nullable Integer links,
            @Nullable Integer days,
            @Nullable String language,
            @Nullable String wentWellQuestion,
            @Nullable String toImproveQuestion) {}

    /** Whether its links still take answers at that moment. */
    public boolean open(Instant now) {
        return now.isBefore(expiresAt);
    }
}
