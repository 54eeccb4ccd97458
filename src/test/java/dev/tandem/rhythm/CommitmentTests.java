package dev.tandem.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules a commitment guards itself: what it says, when it can be delivered, and what slipping means. */
class CommitmentTests {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    static final LocalDate DUE = LocalDate.of(2026, 12, 1);

    @Test
    void itSaysWhatWithinItsLimit() {
        assertThat(made().what()).isEqualTo("Send the draft");
        assertThatThrownBy(() -> Commitment.make(
                        UUID.randomUUID(),
                        null,
                        "  ",
                        OwnerSide.US,
                        null,
                        DUE,
                        UserId.of(UUID.randomUUID()),
                        Instant.now()))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("what"));
        assertThatThrownBy(() -> made().describe("x".repeat(Commitment.WHAT_LENGTH + 1), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("what"));
    }

    @Test
    void deliveredOnOrBeforeItsDueDateIsOnTimeAfterItLate() {
        assertThat(made().deliver(DUE, TODAY).onTime()).isTrue();
        assertThat(made().deliver(DUE.plusDays(1), TODAY)).satisfies(c -> {
            assertThat(c.onTime()).isFalse();
            assertThat(c.status()).isEqualTo(CommitmentStatus.DONE);
            assertThat(c.doneOn()).isEqualTo(DUE.plusDays(1));
        });
    }

    @Test
    void itCannotBeDeliveredOnADayThatHasNotCome() {
        assertThatThrownBy(() -> made().deliver(TODAY.plusDays(1), TODAY))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.field()).isEqualTo("doneOn");
                    assertThat(e.messageKey()).isEqualTo("rhythm.commitment.doneInFuture");
                });
        assertThat(made().deliver(TODAY, TODAY).doneOn()).isEqualTo(TODAY);
    }

    @Test
    void droppingOrReopeningForgetsTheDoneDate() {
        Commitment delivered = made().deliver(DUE, TODAY);
        assertThat(delivered.drop()).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CommitmentStatus.DROPPED);
            assertThat(c.doneOn()).isNull();
        });
        assertThat(delivered.reopen()).satisfies(c -> {
            assertThat(c.status()).isEqualTo(CommitmentStatus.OPEN);
            assertThat(c.doneOn()).isNull();
            assertThat(c.overdue(TODAY)).isTrue();
        });
    }

    @Test
    void anOpenCommitmentDueLaterHasSlippedAnEarlierOrADeliveredOneHasNot() {
        Commitment before = made();
        assertThat(before.reschedule(DUE.plusDays(7)).slippedFrom(before)).isTrue();
        assertThat(before.reschedule(DUE.minusDays(1)).slippedFrom(before)).isFalse();
        assertThat(before.reschedule(DUE.plusDays(7)).deliver(TODAY, TODAY).slippedFrom(before))
                .isFalse();
    }

    static Commitment made() {
        return Commitment.make(
                UUID.randomUUID(),
                null,
                " Send the draft ",
                OwnerSide.US,
                null,
                DUE,
                UserId.of(UUID.randomUUID()),
                Instant.parse("2026-11-20T10:00:00Z"));
    }
}
