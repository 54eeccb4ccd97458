package dev.tandem.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.health.HealthFacts.MeetingHeld;
import dev.tandem.health.HealthFacts.Presence;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.RhythmFacts.CommitmentFact;
import dev.tandem.shared.InvalidInput;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The index as a pure function: worked examples and edge cases per factor and signal. */
class HealthCalculatorTests {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 20);
    static final HealthSettings DEFAULTS = HealthSettings.DEFAULTS;

    @Nested
    class Cadence {

        @Test
        void fullWithinTheIdealIntervalAndExactlyAtItsEnd() {
            assertThat(score(Factor.CADENCE, facts().lastContact(0))).isEqualTo(100);
            assertThat(score(Factor.CADENCE, facts().lastContact(14))).isEqualTo(100);
        }

        @Test
        void fallsInAStraightLineToZeroAtThreeTimesTheIdealInterval() {
            assertThat(score(Factor.CADENCE, facts().lastContact(15))).isEqualTo(96); // 100 × 27/28
            assertThat(score(Factor.CADENCE, facts().lastContact(28))).isEqualTo(50);
            assertThat(score(Factor.CADENCE, facts().lastContact(42))).isZero();
            assertThat(score(Factor.CADENCE, facts().lastContact(400))).isZero();
        }

        @Test
        void countsFromCreationWhenThereWasNoContactAndFromTheLatestOfMeetingAndInteraction() {
            var created = facts().created(20);
            assertThat(factor(Factor.CADENCE, created).evidence().args())
                    .first()
                    .isEqualTo("20");
            var both = facts().created(300).lastContact(30).meeting(10, Presence.ATTENDED);
            assertThat(factor(Factor.CADENCE, both).evidence().args()).first().isEqualTo("10");
        }

        @Test
        void checkInOverdueOnlyPastTheMaximum() {
            assertThat(types(facts().lastContact(30))).doesNotContain(SignalType.CHECK_IN_OVERDUE);
            var overdue = report(facts().lastContact(31));
            assertThat(overdue.signals()).extracting(Signal::type).contains(SignalType.CHECK_IN_OVERDUE);
            assertThat(overdue.signals().get(0).evidence().args()).containsExactly("31", "2026-10-20", "30");
        }
    }

    @Nested
    class Reliability {

        @Test
        void noCommitmentsDueMeansNoDataNotZero() {
            var report = report(facts().lastContact(0));
            assertThat(factor(Factor.RELIABILITY, report).score()).isNull();
            assertThat(report.missing()).contains(Factor.RELIABILITY);
        }

        @Test
        void deliveredOnItsDueDateIsOnTimeAndADayLateIsNot() {
            var onTheDay = facts().commitment(OwnerSide.US, -10, CommitmentStatus.DONE, -10);
            assertThat(score(Factor.RELIABILITY, onTheDay)).isEqualTo(100);
            var dayLate = facts().commitment(OwnerSide.US, -10, CommitmentStatus.DONE, -9);
            assertThat(score(Factor.RELIABILITY, dayLate)).isZero();
        }

        @Test
        void aDroppedCommitmentCountsAsNotDeliveredAndOneDueTodayIsNotCountedYet() {
            var dropped = facts().commitment(OwnerSide.THEM, -5, CommitmentStatus.DROPPED, null)
                    .commitment(OwnerSide.THEM, -6, CommitmentStatus.DONE, -7);
            assertThat(score(Factor.RELIABILITY, dropped)).isEqualTo(50);
            var dueToday = facts().commitment(OwnerSide.THEM, 0, CommitmentStatus.OPEN, null);
            assertThat(score(Factor.RELIABILITY, dueToday)).isNull();
        }

        @Test
        void takesTheWeakerSideAndLooksBack180Days() {
            var facts = facts().commitment(OwnerSide.US, -3, CommitmentStatus.DONE, -4)
                    .commitment(OwnerSide.THEM, -3, CommitmentStatus.DONE, -4)
                    .commitment(OwnerSide.THEM, -20, CommitmentStatus.OPEN, null)
                    .commitment(OwnerSide.THEM, -181, CommitmentStatus.DROPPED, null);
            var reliability = factor(Factor.RELIABILITY, facts);
            assertThat(reliability.score()).isEqualTo(50);
            assertThat(reliability.evidence().args()).containsExactly("1", "1", "1", "2", "180");
        }

        @Test
        void judgedOnAPastDayACommitmentDoneLaterWasStillOpen() {
            var facts = facts().commitment(OwnerSide.US, -10, CommitmentStatus.DONE, -2);
            var tenDaysAgo = HealthCalculator.compute(facts.build(), DEFAULTS, TODAY.minusDays(5), null);
            assertThat(tenDaysAgo.factors().get(1).score()).isZero();
            assertThat(tenDaysAgo.factors().get(1).evidence().args()).startsWith("0", "1");
        }

        @Test
        void slippingBelowTheOnTimeRateOrWithTwoOverdue() {
            var late = facts().commitment(OwnerSide.THEM, -10, CommitmentStatus.DONE, -5)
                    .commitment(OwnerSide.THEM, -12, CommitmentStatus.DONE, -13);
            assertThat(types(late)).contains(SignalType.COMMITMENTS_SLIPPING); // 1 of 2 = 50% < 60%
            var overdue = facts().commitment(OwnerSide.US, -2, CommitmentStatus.OPEN, null)
                    .commitment(OwnerSide.US, -1, CommitmentStatus.OPEN, null);
            var signal = report(overdue).signals().stream()
                    .filter(s -> s.type() == SignalType.COMMITMENTS_SLIPPING)
                    .findFirst()
                    .orElseThrow();
            assertThat(signal.advice()).isEqualTo("commitmentsSlippingUs");
            assertThat(signal.evidence().args()).containsExactly("0", "2", "2");
            var fine = facts().commitment(OwnerSide.US, -2, CommitmentStatus.OPEN, null);
            assertThat(types(fine.commitment(OwnerSide.US, -3, CommitmentStatus.DONE, -3)
                            .commitment(OwnerSide.US, -4, CommitmentStatus.DONE, -4)))
                    .doesNotContain(SignalType.COMMITMENTS_SLIPPING);
        }
    }

    @Nested
    class Engagement {

        @Test
        void noMeetingsOrEveryoneExcusedMeansNoData() {
            assertThat(score(Factor.ENGAGEMENT, facts())).isNull();
            var excused = facts().meeting(3, Presence.EXCUSED).meeting(10, Presence.EXCUSED);
            assertThat(score(Factor.ENGAGEMENT, excused)).isNull();
            assertThat(factor(Factor.ENGAGEMENT, excused).evidence().key()).isEqualTo("engagement.noAttendance");
        }

        @Test
        void theirAttendanceOverTheLastSixMeetingsExcusedOnesLeftOut() {
            var facts = facts().meeting(1, Presence.ATTENDED)
                    .meeting(8, Presence.MISSED)
                    .meeting(15, Presence.EXCUSED)
                    .meeting(22, Presence.ATTENDED)
                    .meeting(29, Presence.ATTENDED)
                    .meeting(36, Presence.ATTENDED)
                    .meeting(43, Presence.MISSED); // the seventh: not looked at
            var engagement = factor(Factor.ENGAGEMENT, facts);
            assertThat(engagement.score()).isEqualTo(80);
            assertThat(engagement.evidence().args()).containsExactly("4", "5", "1");
        }

        @Test
        void missingTwoOfTheLastFourMeetingsIsDisengaging() {
            var two = facts().meeting(2, Presence.MISSED)
                    .meeting(9, Presence.ATTENDED)
                    .meeting(16, Presence.MISSED)
                    .meeting(23, Presence.ATTENDED);
            var signal = report(two).signals().stream()
                    .filter(s -> s.type() == SignalType.PARTNER_DISENGAGING)
                    .findFirst()
                    .orElseThrow();
            assertThat(signal.severity()).isEqualTo(Severity.HIGH);
            assertThat(signal.evidence().args()).containsExactly("2", "4", "2026-11-18, 2026-11-04");
            var oneInFour = facts().meeting(2, Presence.MISSED)
                    .meeting(9, Presence.ATTENDED)
                    .meeting(16, Presence.ATTENDED)
                    .meeting(23, Presence.ATTENDED)
                    .meeting(30, Presence.MISSED);
            assertThat(types(oneInFour)).doesNotContain(SignalType.PARTNER_DISENGAGING);
        }

        @Test
        void thresholdsComeFromTheSettings() {
            var strict = new HealthSettings(DEFAULTS.weights(), 1, 3, 60, 2, 5);
            var facts = facts().meeting(2, Presence.MISSED)
                    .meeting(9, Presence.ATTENDED)
                    .build();
            assertThat(HealthCalculator.compute(facts, strict, TODAY, null).signals())
                    .extracting(Signal::type)
                    .contains(SignalType.PARTNER_DISENGAGING);
        }
    }

    @Nested
    class Alignment {

        @Test
        void theShareOfActiveGoalsAlignedOnBothSides() {
            assertThat(score(Factor.ALIGNMENT, facts())).isNull();
            assertThat(score(Factor.ALIGNMENT, facts().goals(4, 3))).isEqualTo(75);
            assertThat(types(facts().goals(4, 3))).contains(SignalType.GOALS_MISALIGNED);
            assertThat(types(facts().goals(2, 2))).doesNotContain(SignalType.GOALS_MISALIGNED);
        }
    }

    @Nested
    class Score {

        @Test
        void factorsWithoutDataAreLeftOutAndTheRestRescaled() {
            var report = report(facts().lastContact(28)); // only cadence: 50
            assertThat(report.score()).isEqualTo(50);
            assertThat(report.confidence()).isEqualTo(20); // 20 of 100
            assertThat(report.missing())
                    .containsExactly(
                            Factor.RELIABILITY,
                            Factor.ENGAGEMENT,
                            Factor.SATISFACTION,
                            Factor.RECIPROCITY,
                            Factor.ALIGNMENT);
        }

        @Test
        void aWeightedAverageOfTheFactorsWithData() {
            var facts = facts().lastContact(0) // cadence 100 × 20
                    .commitment(OwnerSide.US, -3, CommitmentStatus.DONE, -2) // reliability 0 × 20
                    .meeting(1, Presence.ATTENDED)
                    .meeting(8, Presence.MISSED) // engagement 50 × 15
                    .goals(1, 1); // alignment 100 × 10
            var report = report(facts);
            assertThat(report.score()).isEqualTo(58); // (2000 + 0 + 750 + 1000) / 65 = 57.7
            assertThat(report.confidence()).isEqualTo(65);
        }

        @Test
        void theSameFactsAndDayGiveTheSameReport() {
            var facts = facts().lastContact(20).meeting(3, Presence.MISSED).goals(2, 1);
            assertThat(report(facts)).isEqualTo(report(facts));
        }

        @Test
        void noWeightedFactorWithDataMeansNoScore() {
            var weights = new EnumMap<Factor, Integer>(Factor.class);
            weights.put(Factor.SATISFACTION, 10);
            var report =
                    HealthCalculator.compute(facts().build(), new HealthSettings(weights, 2, 4, 60, 2, 5), TODAY, null);
            assertThat(report.score()).isNull();
            assertThat(report.confidence()).isZero();
            assertThat(report.risk()).isEqualTo(-1);
        }

        @Test
        void growingTogetherWhenTheScoreRoseEnoughOverEightWeeks() {
            var facts = facts().lastContact(0).build(); // 100
            assertThat(HealthCalculator.compute(facts, DEFAULTS, TODAY, 95).signals())
                    .extracting(Signal::type)
                    .containsExactly(SignalType.GROWING_TOGETHER);
            assertThat(HealthCalculator.compute(facts, DEFAULTS, TODAY, 96).signals())
                    .isEmpty();
            assertThat(HealthCalculator.compute(facts, DEFAULTS, TODAY, null).signals())
                    .isEmpty();
        }

        @Test
        void riskIsTheMissingScorePlusTheMostUrgentWarning() {
            var report = report(facts().lastContact(31)); // cadence 100×(42−31)/28 = 39, check-in overdue (high)
            assertThat(report.score()).isEqualTo(39);
            assertThat(report.risk()).isEqualTo(61 + 20);
        }
    }

    @Nested
    class Settings {

        @Test
        void refusesAllZeroWeightsNegativeOnesAndThresholdsOutOfRange() {
            Map<Factor, Integer> zero = new EnumMap<>(Factor.class);
            assertThatThrownBy(() -> new HealthSettings(zero, 2, 4, 60, 2, 5))
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field())
                    .isEqualTo("weights");
            var negative = new EnumMap<>(DEFAULTS.weights());
            negative.put(Factor.CADENCE, -1);
            assertThatThrownBy(() -> new HealthSettings(negative, 2, 4, 60, 2, 5))
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field())
                    .isEqualTo("weights.CADENCE");
            assertThatThrownBy(() -> new HealthSettings(DEFAULTS.weights(), 5, 4, 60, 2, 5))
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field())
                    .isEqualTo("missedMeetings");
            assertThatThrownBy(() -> new HealthSettings(DEFAULTS.weights(), 2, 4, 101, 2, 5))
                    .isInstanceOf(InvalidInput.class)
                    .extracting(e -> ((InvalidInput) e).field())
                    .isEqualTo("onTimeBelow");
        }
    }

    // --- helpers

    static Facts facts() {
        return new Facts();
    }

    static HealthReport report(Facts facts) {
        return HealthCalculator.compute(facts.build(), DEFAULTS, TODAY, null);
    }

    static FactorScore factor(Factor factor, Facts facts) {
        return factor(factor, report(facts));
    }

    static FactorScore factor(Factor factor, HealthReport report) {
        return report.factors().stream()
                .filter(f -> f.factor() == factor)
                .findFirst()
                .orElseThrow();
    }

    static @Nullable Integer score(Factor factor, Facts facts) {
        return factor(factor, facts).score();
    }

    static List<SignalType> types(Facts facts) {
        return report(facts).signals().stream().map(Signal::type).toList();
    }

    static Instant daysAgo(int days) {
        return TODAY.minusDays(days).atTime(10, 0).toInstant(ZoneOffset.UTC);
    }

    /** A partnership created a year ago with a 14/30-day cadence, built up fact by fact. */
    static final class Facts {
        private Instant created = daysAgo(365);
        private @Nullable Instant lastContact;
        private final List<MeetingHeld> meetings = new ArrayList<>();
        private final List<CommitmentFact> commitments = new ArrayList<>();
        private int active;
        private int aligned;

        Facts created(int days) {
            created = daysAgo(days);
            return this;
        }

        Facts lastContact(int days) {
            lastContact = daysAgo(days);
            return this;
        }

        /** Meetings are added latest first. */
        Facts meeting(int days, Presence presence) {
            meetings.add(new MeetingHeld(daysAgo(days), presence));
            return this;
        }

        Facts commitment(OwnerSide side, int dueInDays, CommitmentStatus status, @Nullable Integer doneInDays) {
            commitments.add(new CommitmentFact(
                    side,
                    TODAY.plusDays(dueInDays),
                    status,
                    doneInDays == null ? null : TODAY.plusDays(doneInDays),
                    daysAgo(200)));
            return this;
        }

        Facts goals(int activeGoals, int alignedGoals) {
            active = activeGoals;
            aligned = alignedGoals;
            return this;
        }

        HealthFacts build() {
            return new HealthFacts(created, lastContact, 14, 30, meetings, commitments, active, aligned);
        }
    }
}
