package dev.tandem.feedback;

import dev.tandem.shared.InvalidInput;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A workspace's pulse survey: a 1–5 satisfaction rating and a 0–10 "how likely are you to want to continue" (fixed),
 * and two open questions. An open question left empty keeps its default text, in each respondent's language.
 */
public record PulseTemplate(
        @Nullable String openQuestion1,
        @Nullable String openQuestion2,
        @Nullable Instant updatedAt,
        long version) {

    public static final int QUESTION_LENGTH = 300;

    /** The defaults every workspace starts with. */
    static PulseTemplate defaults() {
        return new PulseTemplate(null, null, null, 0);
    }

    /** A question as kept: null when blank (the default text), a refusal (400) when too long. */
    static @Nullable String question(@Nullable String text, String field) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String question = text.strip();
        if (question.length() > QUESTION_LENGTH) {
            throw new InvalidInput("validation.size.max", QUESTION_LENGTH).on(field);
        }
        return question;
    }
}
