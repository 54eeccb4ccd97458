package dev.tandem.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The rules a meeting guards itself: its opening round, its minutes' limits, and being held once, once started. */
class MeetingTests {

    static final Instant START = Instant.parse("2026-12-01T09:00:00Z");
    static final UserId ADA = UserId.of(UUID.randomUUID());

    @Test
    void aCheckInOpensWithTheListenFirstRoundUnlessToldNotTo() {
        assertThat(planned(MeetingType.CHECK_IN, true).agenda())
                .extracting(AgendaItem::listenFirst)
                .containsExactly(true, false);
        assertThat(planned(MeetingType.CHECK_IN, false).agenda())
                .extracting(AgendaItem::listenFirst)
                .containsExactly(false);
        assertThat(planned(MeetingType.KICKOFF, true).agenda())
                .extracting(AgendaItem::listenFirst)
                .containsExactly(false);
    }

    @Test
    void aMeetingIsHeldAtItsEndOrNowWhileItIsGoingOn() {
        Meeting meeting = planned(MeetingType.CHECK_IN, true);
        assertThat(meeting.hold(START.plus(Duration.ofDays(2))).heldAt()).isEqualTo(START.plus(Duration.ofHours(1)));
        Instant during = START.plus(Duration.ofMinutes(20));
        assertThat(meeting.hold(during).heldAt()).isEqualTo(during);
        assertThat(meeting.hold(START).held()).isTrue();
    }

    @Test
    void aMeetingIsNotHeldTwiceNorBeforeItStarts() {
        Meeting held = planned(MeetingType.CHECK_IN, true).hold(START.plus(Duration.ofDays(1)));
        assertThatThrownBy(() -> held.hold(START.plus(Duration.ofDays(2))))
                .isInstanceOf(Conflict.class)
                .hasMessage("rhythm.meeting.alreadyHeld");
        assertThatThrownBy(() -> planned(MeetingType.CHECK_IN, true).hold(START.minusSeconds(1)))
                .isInstanceOf(Conflict.class)
                .hasMessage("rhythm.meeting.notStarted");
    }

    @Test
    void minutesKeepWhatIsNotGivenAndRefuseWhatIsTooLong() {
        Meeting meeting = planned(MeetingType.CHECK_IN, true).minutes(" Went well ", "Pilot in May");
        assertThat(meeting.minutes(null, "Pilot in June")).satisfies(m -> {
            assertThat(m.notes()).isEqualTo("Went well");
            assertThat(m.decisions()).isEqualTo("Pilot in June");
        });
        assertThatThrownBy(() -> meeting.minutes("x".repeat(Meeting.NOTES_LENGTH + 1), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("notes"));
        assertThatThrownBy(() -> meeting.minutes(null, "x".repeat(Meeting.DECISIONS_LENGTH + 1)))
                .isInstanceOfSatisfying(
                        InvalidInput.class, e -> assertThat(e.field()).isEqualTo("decisions"));
    }

    static Meeting planned(MeetingType type, boolean listenFirst) {
        var details = new MeetingDetails(
                type,
                START,
                START.plus(Duration.ofHours(1)),
                ZoneId.of("Europe/Rome"),
                null,
                null,
                List.of(new AgendaItem(false, "Pilot plan")));
        return Meeting.plan(UUID.randomUUID(), details, listenFirst, ADA, START.minus(Duration.ofDays(7)));
    }
}
