package dev.tandem.goals;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tandem.partnerships.Side;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The alignment rules, edge cases included: no goals, dropped and achieved goals, serving one side only. */
class AlignmentTests {

    static final UUID PARTNERSHIP = UUID.randomUUID();
    static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");

    static OwnGoal own(Side side) {
        return new OwnGoal(
                UUID.randomUUID(),
                PARTNERSHIP,
                side,
                OwnGoalKind.ORGANISATIONAL,
                side + " wants",
                null,
                NOW,
                0,
                null,
                null);
    }

    static Goal goal(String title, boolean ours, boolean theirs, GoalStatus status, OwnGoal... serves) {
        var details = new GoalDetails(
                title,
                null,
                null,
                ours ? UserId.of(UUID.randomUUID()) : null,
                theirs ? UUID.randomUUID() : null,
                LocalDate.parse("2026-06-30"),
                status,
                Arrays.stream(serves).map(OwnGoal::id).toList());
        return new Goal(UUID.randomUUID(), PARTNERSHIP, details, NOW, NOW, 0, null);
    }

    @Test
    void nothingAtAllIsAlignedWithZeroCounts() {
        var a = AlignmentService.compute(List.of(), List.of());
        assertThat(a.activeGoals()).isZero();
        assertThat(a.alignedGoals()).isZero();
        assertThat(a.isAligned()).isTrue();
    }

    @Test
    void aGoalOwnedOnBothSidesServingEachSideIsAligned() {
        var ours = own(Side.OURS);
        var theirs = own(Side.THEIRS);
        var a = AlignmentService.compute(
                List.of(goal("Grow", true, true, GoalStatus.ACTIVE, ours, theirs)), List.of(ours, theirs));
        assertThat(a.activeGoals()).isEqualTo(1);
        assertThat(a.alignedGoals()).isEqualTo(1);
        assertThat(a.isAligned()).isTrue();
    }

    @Test
    void eachMissingPieceIsListed() {
        var ours = own(Side.OURS);
        var lonely = own(Side.THEIRS);
        var g = goal("Grow", true, false, GoalStatus.ACTIVE, ours);
        var a = AlignmentService.compute(List.of(g), List.of(ours, lonely));
        assertThat(a.alignedGoals()).isZero();
        assertThat(a.misalignedGoals()).isEqualTo(1);
        assertThat(a.withoutOurOwner()).isEmpty();
        assertThat(a.withoutTheirOwner())
                .extracting(GoalAlignment.GoalRef::title)
                .containsExactly("Grow");
        assertThat(a.servingNothingOfOurs()).isEmpty();
        assertThat(a.servingNothingOfTheirs())
                .extracting(GoalAlignment.GoalRef::id)
                .containsExactly(g.id());
        assertThat(a.unservedOwnGoals()).containsExactly(lonely);
    }

    @Test
    void onlyActiveGoalsAreJudgedAndADroppedOneServesNobody() {
        var ours = own(Side.OURS);
        var theirs = own(Side.THEIRS);
        var a = AlignmentService.compute(
                List.of(
                        goal("Done", false, false, GoalStatus.ACHIEVED, ours),
                        goal("Gone", false, false, GoalStatus.DROPPED, theirs)),
                List.of(ours, theirs));
        assertThat(a.activeGoals()).isZero();
        assertThat(a.withoutOurOwner()).isEmpty();
        assertThat(a.unservedOwnGoals()).containsExactly(theirs);
    }
}
