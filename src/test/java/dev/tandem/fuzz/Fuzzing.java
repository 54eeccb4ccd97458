package dev.tandem.fuzz;

import java.time.Duration;

/** What every fuzz test shares: how long {@code .ci/fuzz} fuzzes each, and how long one input may take. */
public final class Fuzzing {

    /** Per fuzz test, when fuzzing ({@code JAZZER_FUZZ=1}); a plain build only replays the kept inputs. */
    public static final String DURATION = "30s";

    /** One input taking longer is a hang. */
    public static final Duration HANG = Duration.ofSeconds(10);

    private Fuzzing() {}
}
