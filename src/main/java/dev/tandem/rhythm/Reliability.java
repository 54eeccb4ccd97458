package dev.tandem.rhythm;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * How reliably each side keeps its word: of the commitments due from {@code from} to {@code to}, how
 * many were delivered on or before their due date. A dropped commitment counts as not delivered; one
 * still open and due today is not counted yet (it can still be on time).
 */
public record Reliability(LocalDate from, LocalDate to, Side us, Side them) {

    public static final int WINDOW_DAYS = 180;

    /** One side's facts: {@code onTime} of {@code due}. */
    public record Side(OwnerSide side, int due, int onTime) {

        /** The share delivered on time, 0–100, or null when nothing was due (no data). */
        public @Nullable Integer percent() {
            return due == 0 ? null : Math.round(100f * onTime / due);
        }
    }
}
