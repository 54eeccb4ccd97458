package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class BackdatingTests {

    private static final Instant REAL = Instant.parse("2030-05-01T12:00:00Z");
    private final Clock clock = Backdating.clock(Clock.fixed(REAL, ZoneOffset.UTC));

    @Test
    void theClockReadsTheBackdatedInstantOnlyInsideTheCallAndOnlyOnItsThread() throws Exception {
        Instant past = Instant.parse("2030-01-15T09:30:00Z");
        Instant[] inside = new Instant[2];
        Backdating.at(past, () -> {
            inside[0] = clock.instant();
            inside[1] = CompletableFuture.supplyAsync(clock::instant).join();
        });
        assertThat(inside[0]).isEqualTo(past);
        assertThat(inside[1]).as("another thread").isEqualTo(REAL);
        assertThat(clock.instant()).as("afterwards").isEqualTo(REAL);
    }

    @Test
    void callsNestAndRestoreTheOuterInstant() {
        Instant outer = Instant.parse("2030-01-01T00:00:00Z");
        Instant inner = Instant.parse("2030-02-01T00:00:00Z");
        Instant[] seen = new Instant[2];
        Backdating.at(outer, () -> {
            Backdating.at(inner, () -> seen[0] = clock.instant());
            seen[1] = clock.instant();
        });
        assertThat(seen).containsExactly(inner, outer);
    }

    @Test
    void theClockIsRestoredWhenTheWorkFails() {
        try {
            Backdating.at(Instant.EPOCH, () -> {
                throw new IllegalStateException("refused");
            });
        } catch (IllegalStateException expected) {
            // the failure reaches the caller
        }
        assertThat(clock.instant()).isEqualTo(REAL);
    }
}
