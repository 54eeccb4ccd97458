package dev.tandem.feedback;

import dev.tandem.shared.InvalidInput;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One answer to a pulse round: the 1–5 satisfaction, the optional 0–10 likelihood to continue, and the optional
 * answers to the open questions.
 */
public record PulseAnswer(
        UUID id,
        UUID roundId,
        UUID recipientId,
        UUID partnershipId,
        int satisfaction,
        @Nullable Integer continueLikelihood,
        @Nullable String answer1,
        @Nullable String answer2,
        Instant answeredAt) {

    public static final int ANSWER_LENGTH = 2000;

    /** What a respondent sends, checked: a refusal (400) names the first field that is wrong. */
    public record Given(
            @Nullable Integer satisfaction,
            @Nullable Integer continueLikelihood,
            @Nullable String answer1,
            @Nullable String answer2) {

        Given checked() {
            if (satisfaction == null) {
                throw new InvalidInput("feedback.answer.satisfaction").on("satisfaction");
            }
            if (satisfaction < 1 || satisfaction > 5) {
                throw new InvalidInput("feedback.answer.satisfaction").on("satisfaction");
            }
            if (continueLikelihood != null && (continueLikelihood < 0 || continueLikelihood > 10)) {
                throw new InvalidInput("feedback.answer.continue").on("continueLikelihood");
            }
            return new Given(satisfaction, continueLikelihood, text(answer1, "answer1"), text(answer2, "answer2"));
        }

        private static @Nullable String text(@Nullable String text, String field) {
            if (text == null || text.isBlank()) {
                return null;
            }
            String answer = text.strip();
            if (answer.length() > ANSWER_LENGTH) {
                throw new InvalidInput("validation.size.max", ANSWER_LENGTH).on(field);
            }
            return answer;
        }
    }
}
