package dev.tandem.bench;

import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Stage;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * One generated partnership as its history is written: who takes part on each side, and the time it
 * was worked on, from its creation to {@code activeUntil} (now, or when it went dormant or ended).
 */
record Plan(
        UUID id,
        String name,
        Stage stage,
        Member owner,
        Instant createdAt,
        Instant activeUntil,
        List<Participant> ours,
        List<Participant> theirs,
        Counterpart counterpart) {

    /** A participant row: a member on our side, a contact on theirs. */
    record Participant(UUID id, Side side, UUID personId, String name) {

        Member asMember() {
            return new Member(personId, name);
        }
    }

    /** Whether meetings are still planned: active stages and winding down. */
    boolean goingOn() {
        return stage.isActive() || stage == Stage.WINDING_DOWN;
    }

    /** Someone of our side, to act on the timeline. */
    Member someoneOfOurs(Story s) {
        return s.pick(ours).asMember();
    }
}
