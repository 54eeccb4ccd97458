package dev.tandem.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a round brought back, per partnership. */
public record PulseResults(Round round, Round.Status status, List<PartnershipResults> partnerships) {

    public PulseResults {
        partnerships = List.copyOf(partnerships);
    }

    public int sent() {
        return partnerships.stream().mapToInt(PartnershipResults::sent).sum();
    }

    public int answered() {
        return partnerships.stream().mapToInt(PartnershipResults::answered).sum();
    }

    /**
     * One partnership's part of a round.
     *
     * @param distribution how many answered 1, 2, 3, 4 and 5
     * @param comments the answers to the open questions, with who gave them
     */
    public record PartnershipResults(
            UUID partnershipId,
            String partnershipName,
            List<Recipient> recipients,
            int answered,
            @Nullable BigDecimal average,
            @Nullable BigDecimal continueAverage,
            List<Integer> distribution,
            List<Comment> comments) {

        public PartnershipResults {
            recipients = List.copyOf(recipients);
            distribution = List.copyOf(distribution);
            comments = List.copyOf(comments);
        }

        public int sent() {
            return recipients.size();
        }

        /** The share who answered, in percent. */
        public int responseRate() {
            return recipients.isEmpty() ? 0 : (int) Math.round(100.0 * answered / recipients.size());
        }

        /** Those asked who have not answered yet: on a big round, the names worth reading. */
        public List<Recipient> waiting() {
            return recipients.stream().filter(r -> r.answeredAt() == null).toList();
        }

        /** The largest count of the distribution, to scale its bars. */
        public int mostAnswers() {
            return distribution.stream().mapToInt(Integer::intValue).max().orElse(0);
        }
    }

    public record Comment(
            String name, @Nullable String answer1, @Nullable String answer2, Instant answeredAt) {}

    /** One round of a partnership's trend. */
    public record TrendPoint(
            UUID roundId,
            String title,
            Instant openedAt,
            int sent,
            int answered,
            @Nullable BigDecimal average) {}

    static @Nullable BigDecimal average(List<Integer> values) {
        if (values.isEmpty()) {
            return null;
        }
        double sum = values.stream().mapToInt(Integer::intValue).sum();
        return BigDecimal.valueOf(sum / values.size()).setScale(1, RoundingMode.HALF_UP);
    }
}
