package dev.tandem.exchange;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An import the page follows: how far it is ({@code done} of {@code total} rows), and once it ended
 * what it did ({@code result}) or why nothing was written ({@code messageKey}: cancelled, a conflict,
 * interrupted).
 */
public record ImportJob(
        UUID id,
        String fileName,
        Status status,
        int total,
        int done,
        @Nullable ImportResult result,
        @Nullable String messageKey) {

    public enum Status {
        RUNNING,
        DONE,
        CANCELLED,
        FAILED
    }

    public boolean running() {
        return status == Status.RUNNING;
    }

    /** How far it is, 0 to 100. */
    public int percent() {
        return total == 0 ? 0 : (int) Math.min(100, done * 100L / total);
    }
}
