package dev.tandem.partnerships;

import dev.tandem.shared.InvalidInput;
import java.time.Duration;
import java.time.Instant;

/**
 * The agreed check-in rhythm: past {@code idealDays} without an interaction a partnership is due,
 * past {@code maxDays} it is overdue. Exactly at the limit still counts as in time.
 */
public record Cadence(int idealDays, int maxDays) {

    public static final int LONGEST = 365;
    public static final Cadence DEFAULT = new Cadence(14, 30);

    /** Refuses (400) an ideal below one day, a maximum below the ideal, or either above a year. */
    public Cadence {
        if (idealDays < 1 || idealDays > LONGEST) {
            throw new InvalidInput("partnership.cadence.ideal", LONGEST).on("cadenceIdealDays");
        }
        if (maxDays < idealDays || maxDays > LONGEST) {
            throw new InvalidInput("partnership.cadence.max", LONGEST).on("cadenceMaxDays");
        }
    }

    public Instant dueAt(Instant reference) {
        return reference.plus(Duration.ofDays(idealDays));
    }

    public Instant overdueAt(Instant reference) {
        return reference.plus(Duration.ofDays(maxDays));
    }

    /** The status at {@code now}, counting from {@code reference} (the last interaction, or creation). */
    public CadenceStatus status(Instant reference, Instant now) {
        if (now.isAfter(overdueAt(reference))) {
            return CadenceStatus.OVERDUE;
        }
        return now.isAfter(dueAt(reference)) ? CadenceStatus.DUE : CadenceStatus.ON_TRACK;
    }
}
