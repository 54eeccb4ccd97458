package dev.tandem.shared;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Writing history after the fact (the demo's months of meetings, commitments and goals): inside {@link #at}, the
 * application's {@link Clock} reads the given instant on the current thread only, so every service dates what it
 * writes — creation times, "today", timeline entries, the checks against the future — as if it had been entered
 * then. Other threads, and this one outside the call, see the real time.
 */
public final class Backdating {

    private static final ThreadLocal<@Nullable Instant> AT = new ThreadLocal<>();

    private Backdating() {}

    /** Runs {@code work} with the clock of this thread reading {@code instant}; calls may nest. */
    public static void at(Instant instant, Runnable work) {
        Instant outer = AT.get();
        AT.set(instant);
        try {
            work.run();
        } finally {
            if (outer == null) {
                AT.remove();
            } else {
                AT.set(outer);
            }
        }
    }

    /** {@code now}, unless this thread is inside {@link #at}. For clocks: see {@link #clock(Clock)}. */
    public static Instant or(Instant now) {
        Instant at = AT.get();
        return at == null ? now : at;
    }

    /** {@code real}, reading the back-dated instant inside {@link #at}. */
    public static Clock clock(Clock real) {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return real.getZone();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return clock(real.withZone(zone));
            }

            @Override
            public Instant instant() {
                return or(real.instant());
            }
        };
    }
}
