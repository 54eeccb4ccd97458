package dev.tandem.partnerships;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The current time as the databases keep it (microseconds), so what is answered equals what is read back. */
final class Now {

    private Now() {}

    static Instant of(Clock clock) {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
