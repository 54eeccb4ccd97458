package dev.tandem.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Due past the ideal interval, overdue past the maximum; counted from the last interaction or creation. */
class CadenceTests {

    static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    final Cadence cadence = new Cadence(14, 30);

    @Test
    void onTrackUpToTheIdealIntervalThenDueThenOverduePastTheMaximum() {
        assertThat(cadence.status(T0, T0)).isEqualTo(CadenceStatus.ON_TRACK);
        assertThat(cadence.status(T0, T0.plus(Duration.ofDays(14)))).isEqualTo(CadenceStatus.ON_TRACK);
        assertThat(cadence.status(T0, T0.plus(Duration.ofDays(14)).plusSeconds(1)))
                .isEqualTo(CadenceStatus.DUE);
        assertThat(cadence.status(T0, T0.plus(Duration.ofDays(30)))).isEqualTo(CadenceStatus.DUE);
        assertThat(cadence.status(T0, T0.plus(Duration.ofDays(30)).plusSeconds(1)))
                .isEqualTo(CadenceStatus.OVERDUE);
    }

    @Test
    void withoutAnyInteractionItCountsFromCreation() {
        var partnership = StageMachineTests.in(Stage.COLLABORATING);
        Instant created = partnership.createdAt();
        assertThat(partnership.lastTouch()).isEqualTo(created);
        assertThat(partnership.cadenceStatus(created.plus(Duration.ofDays(15)))).isEqualTo(CadenceStatus.DUE);

        var contacted = partnership.contactedAt(created.plus(Duration.ofDays(10)));
        assertThat(contacted.lastTouch()).isEqualTo(created.plus(Duration.ofDays(10)));
        assertThat(contacted.cadenceStatus(created.plus(Duration.ofDays(15)))).isEqualTo(CadenceStatus.ON_TRACK);
        assertThat(contacted.contactedAt(created.plus(Duration.ofDays(2)))).isSameAs(contacted);
    }

    @Test
    void anEndedPartnershipHasNoCadence() {
        var ended = StageMachineTests.in(Stage.ENDED);
        assertThat(ended.cadenceStatus(ended.createdAt().plus(Duration.ofDays(400))))
                .isEqualTo(CadenceStatus.NONE);
    }

    @Test
    void theIdealIsAtLeastADayTheMaximumAtLeastTheIdealAndBothAtMostAYear() {
        assertThat(new Cadence(1, 1).maxDays()).isEqualTo(1);
        assertThat(new Cadence(365, 365).idealDays()).isEqualTo(365);
        assertThatThrownBy(() -> new Cadence(0, 10))
                .isInstanceOfSatisfying(
                        InvalidInput.class, p -> assertThat(p.field()).isEqualTo("cadenceIdealDays"));
        assertThatThrownBy(() -> new Cadence(366, 366)).isInstanceOf(InvalidInput.class);
        assertThatThrownBy(() -> new Cadence(14, 13))
                .isInstanceOfSatisfying(
                        InvalidInput.class, p -> assertThat(p.field()).isEqualTo("cadenceMaxDays"));
        assertThatThrownBy(() -> new Cadence(14, 366)).isInstanceOf(InvalidInput.class);
    }
}
