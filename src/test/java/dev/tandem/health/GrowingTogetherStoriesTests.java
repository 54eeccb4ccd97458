package dev.tandem.health;

import static dev.tandem.health.HealthCalculatorTests.DEFAULTS;
import static dev.tandem.health.HealthCalculatorTests.TODAY;
import static dev.tandem.health.HealthCalculatorTests.facts;
import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.feedback.StoryFact;
import dev.tandem.feedback.StoryPrompt;
import dev.tandem.partnerships.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stories told in the last eight weeks are evidence of "growing together"; they do not raise it on their own. */
class GrowingTogetherStoriesTests {

    @Test
    void theStoriesOfTheLastEightWeeksJoinTheEvidence() {
        var facts = facts().lastContact(0)
                .build()
                .told(List.of(
                        new StoryFact(TODAY.minusWeeks(9), Side.OURS, null),
                        new StoryFact(TODAY.minusWeeks(3), Side.THEIRS, StoryPrompt.GROWING),
                        new StoryFact(TODAY.minusDays(1), Side.OURS, StoryPrompt.PROUD)));
        var signal =
                HealthCalculator.compute(facts, DEFAULTS, TODAY, 95).signals().get(0);
        assertThat(signal.type()).isEqualTo(SignalType.GROWING_TOGETHER);
        assertThat(signal.evidence().messageKey()).isEqualTo("health.evidence.growingTogetherStories");
        assertThat(signal.evidence().args()).containsExactly("95", "100", "8", "2");
    }

    @Test
    void withoutRecentStoriesTheEvidenceIsTheScoreAloneAndStoriesDoNotRaiseTheSignal() {
        var facts = facts().lastContact(0)
                .build()
                .told(List.of(new StoryFact(TODAY.minusWeeks(9), Side.THEIRS, StoryPrompt.PROUD)));
        assertThat(HealthCalculator.compute(facts, DEFAULTS, TODAY, 95)
                        .signals()
                        .get(0)
                        .evidence()
                        .key())
                .isEqualTo("growingTogether");
        assertThat(HealthCalculator.compute(facts, DEFAULTS, TODAY, 96).signals())
                .isEmpty();
    }
}
