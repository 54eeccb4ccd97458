package dev.tandem.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Progress in percent and on-track, as the Javadoc of {@link Progress} states them. */
class ProgressTests {

    static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    static final LocalDate DUE = LocalDate.parse("2026-01-10"); // ends 2026-01-11T00:00Z: ten days after creation
    static final Instant HALFWAY = Instant.parse("2026-01-06T00:00:00Z");

    static KeyResultDetails up() {
        return new KeyResultDetails("Signups", "people", new BigDecimal("100"), new BigDecimal("200"), Direction.UP);
    }

    static KeyResultDetails down() {
        return new KeyResultDetails("Churn", "%", new BigDecimal("10"), new BigDecimal("4"), Direction.DOWN);
    }

    @Test
    void goingUpIsTheShareOfTheWayFromBaselineToTarget() {
        var p = Progress.of(up(), new BigDecimal("160"), CREATED, DUE, HALFWAY);
        assertThat(p).isEqualTo(new Progress(60, 50, true));
        assertThat(Progress.of(up(), new BigDecimal("140"), CREATED, DUE, HALFWAY)
                        .onTrack())
                .isFalse();
    }

    @Test
    void goingDownAFallingValueIsProgressAndARisingOneIsNone() {
        assertThat(Progress.of(down(), new BigDecimal("7"), CREATED, DUE, HALFWAY)
                        .percent())
                .isEqualTo(50);
        assertThat(Progress.of(down(), new BigDecimal("12"), CREATED, DUE, HALFWAY)
                        .percent())
                .isZero();
        assertThat(Progress.of(down(), new BigDecimal("1"), CREATED, DUE, HALFWAY)
                        .percent())
                .isEqualTo(100);
    }

    @Test
    void beyondTheTargetIsClampedTo100AndBelowTheBaselineTo0() {
        assertThat(Progress.of(up(), new BigDecimal("500"), CREATED, DUE, HALFWAY)
                        .percent())
                .isEqualTo(100);
        assertThat(Progress.of(up(), new BigDecimal("50"), CREATED, DUE, HALFWAY)
                        .percent())
                .isZero();
    }

    @Test
    void withoutMeasurementsProgressIsZeroAndOnTrackOnlyAtTheStart() {
        assertThat(Progress.of(up(), null, CREATED, DUE, CREATED)).isEqualTo(new Progress(0, 0, true));
        assertThat(Progress.of(up(), null, CREATED, DUE, HALFWAY)).isEqualTo(new Progress(0, 50, false));
    }

    @Test
    void pastTheDueDateOnlyAReachedTargetIsOnTrack() {
        Instant after = Instant.parse("2026-02-01T00:00:00Z");
        assertThat(Progress.of(up(), new BigDecimal("199"), CREATED, DUE, after))
                .isEqualTo(new Progress(99, 100, false));
        assertThat(Progress.of(up(), new BigDecimal("200"), CREATED, DUE, after))
                .isEqualTo(new Progress(100, 100, true));
        assertThat(Progress.expected(CREATED, LocalDate.parse("2025-12-01"), CREATED))
                .isEqualTo(100);
    }

    @Test
    void theDueDayCountsUntilItsEnd() {
        assertThat(Progress.expected(CREATED, DUE, Instant.parse("2026-01-10T12:00:00Z")))
                .isEqualTo(95);
        assertThat(Progress.expected(CREATED, DUE, Instant.parse("2026-01-11T00:00:00Z")))
                .isEqualTo(100);
    }

    @Test
    void aGoalAveragesItsKeyResultsAndIsOnTrackWhenEachIs() {
        var goal = Progress.ofGoal(List.of(new Progress(80, 50, true), new Progress(30, 50, false)));
        assertThat(goal).isEqualTo(new Progress(55, 50, false));
        assertThat(Progress.ofGoal(List.of())).isNull();
    }

    @Test
    void aTargetEqualToTheBaselineOrOnTheWrongSideIsRefused() {
        assertThatThrownBy(() -> new KeyResultDetails("x", "", BigDecimal.ONE, new BigDecimal("1.000"), Direction.UP))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("goal.keyResult.targetIsBaseline");
        assertThatThrownBy(() -> new KeyResultDetails("x", "", BigDecimal.TEN, BigDecimal.ONE, Direction.UP))
                .isInstanceOf(InvalidInput.class)
                .hasMessage("goal.keyResult.direction.UP");
    }
}
