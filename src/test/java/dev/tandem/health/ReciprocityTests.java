package dev.tandem.health;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.ledger.ContributionFact;
import dev.tandem.ledger.LedgerSide;
import dev.tandem.ledger.Unit;
import dev.tandem.recognition.MilestoneFact;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** Worked examples of the reciprocity factor and of the one-sided investment and milestone signals. */
class ReciprocityTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    private final List<ContributionFact> contributions = new ArrayList<>();
    private final List<MilestoneFact> milestones = new ArrayList<>();

    private ReciprocityTests give(LedgerSide side, String value, int daysAgo) {
        contributions.add(new ContributionFact(TODAY.minusDays(daysAgo), side, new BigDecimal(value)));
        return this;
    }

    private HealthReport report() {
        var facts = new HealthFacts(Instant.parse("2026-01-01T00:00:00Z"), null, 14, 30, List.of(), List.of(), 0, 0)
                .giving(Unit.HOURS, contributions, milestones);
        return HealthCalculator.compute(facts, HealthSettings.DEFAULTS, TODAY, null);
    }

    private FactorScore reciprocity() {
        return report().factors().stream()
                .filter(f -> f.factor() == Factor.RECIPROCITY)
                .findFirst()
                .orElseThrow();
    }

    private @Nullable Signal signal(SignalType type) {
        return report().signals().stream()
                .filter(s -> s.type() == type)
                .findFirst()
                .orElse(null);
    }

    @Test
    void anEvenSplitScores100() {
        give(LedgerSide.US, "10", 3).give(LedgerSide.THEM, "6", 20).give(LedgerSide.THEM, "4", 40);
        assertThat(reciprocity().score()).isEqualTo(100);
        assertThat(reciprocity().evidence().args()).containsExactly("10.0", "50", "10.0", "50", "3", "180");
        assertThat(signal(SignalType.ONE_SIDED_INVESTMENT)).isNull();
    }

    @Test
    void seventyThirtyScores60AndRaisesNoSignal() {
        give(LedgerSide.US, "70", 3).give(LedgerSide.THEM, "20", 5).give(LedgerSide.THEM, "10", 9);
        assertThat(reciprocity().score()).isEqualTo(60); // 200 × 0.30
        assertThat(signal(SignalType.ONE_SIDED_INVESTMENT)).isNull();
    }

    @Test
    void ninetyFiveFiveScores10AndSaysTheyGiveLittle() {
        give(LedgerSide.US, "50", 3).give(LedgerSide.US, "45", 60).give(LedgerSide.THEM, "5", 100);
        assertThat(reciprocity().score()).isEqualTo(10); // 200 × 0.05
        var signal = signal(SignalType.ONE_SIDED_INVESTMENT);
        assertThat(signal).isNotNull();
        assertThat(signal.severity()).isEqualTo(Severity.MEDIUM);
        assertThat(signal.evidence().key()).isEqualTo("oneSidedInvestmentThem.HOURS");
        assertThat(signal.evidence().args()).containsExactly("5.0", "5", "100.0", "3", "180", "20");
        assertThat(signal.advice()).isEqualTo("oneSidedInvestmentThem");
    }

    @Test
    void worksBothWaysWeCanBeTheBlackHole() {
        give(LedgerSide.THEM, "30", 3).give(LedgerSide.THEM, "30", 10).give(LedgerSide.US, "2", 20);
        var signal = signal(SignalType.ONE_SIDED_INVESTMENT);
        assertThat(signal).isNotNull();
        assertThat(signal.advice()).isEqualTo("oneSidedInvestmentUs");
        assertThat(signal.evidence().args().get(0)).isEqualTo("2.0");
    }

    @Test
    void noDataLeavesTheFactorOut() {
        assertThat(reciprocity().score()).isNull();
        assertThat(reciprocity().evidence().key()).isEqualTo("reciprocity.none");
        assertThat(report().missing()).contains(Factor.RECIPROCITY);
    }

    @Test
    void oneEntryOnlyIsTooLittleToJudgeAndRaisesNothing() {
        give(LedgerSide.US, "40", 2);
        assertThat(reciprocity().score()).isNull();
        assertThat(reciprocity().evidence().key()).isEqualTo("reciprocity.tooFew");
        assertThat(reciprocity().evidence().args()).containsExactly("1", "3", "180");
        assertThat(signal(SignalType.ONE_SIDED_INVESTMENT)).isNull();
    }

    @Test
    void contributionsOlderThan180DaysDoNotCount() {
        give(LedgerSide.US, "10", 3)
                .give(LedgerSide.THEM, "10", 179)
                .give(LedgerSide.THEM, "500", 180)
                .give(LedgerSide.US, "10", 20);
        assertThat(reciprocity().score()).isEqualTo(67); // them 10 of 30
    }

    @Test
    void aMilestoneUnthankedForAWeekAsksForAThankYouNamingItsContributors() {
        milestones.add(new MilestoneFact("Pilot live", TODAY.minusDays(7), List.of("Ana Ruiz", "Ada"), null));
        var signal = signal(SignalType.MILESTONE_NOT_CELEBRATED);
        assertThat(signal).isNotNull();
        assertThat(signal.evidence().args()).containsExactly("Pilot live", "2026-11-13", "7", "Ana Ruiz, Ada");
        assertThat(signal.suggestionArgs()).containsExactly("Pilot live", "2026-11-13", "7", "Ana Ruiz, Ada");
    }

    @Test
    void aMilestoneIsNotNaggedAboutWithinAWeekOnceThankedOrAfter90Days() {
        milestones.add(new MilestoneFact("Too fresh", TODAY.minusDays(6), List.of(), null));
        milestones.add(new MilestoneFact("Thanked", TODAY.minusDays(20), List.of(), TODAY.minusDays(15)));
        milestones.add(new MilestoneFact("Long ago", TODAY.minusDays(91), List.of(), null));
        assertThat(signal(SignalType.MILESTONE_NOT_CELEBRATED)).isNull();
    }
}
