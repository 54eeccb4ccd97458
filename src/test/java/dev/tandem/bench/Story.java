package dev.tandem.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;

/**
 * What one generated partnership's history is written with: its own random numbers (seeded by its index,
 * so a portfolio is the same whatever the chunking), the moment "now", the members, and the rows.
 */
record Story(int index, SplittableRandom random, Instant now, List<Member> members, Rows rows) {

    static Story of(long seed, int index, Instant now, List<Member> members, Rows rows) {
        return new Story(index, new SplittableRandom(seed * 1_000_003L + index), now, members, rows);
    }

    LocalDate today() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return low + random.nextInt(high - low + 1);
    }

    /** A moment from {@code from} to {@code to}, to the second. */
    Instant between(Instant from, Instant to) {
        long seconds = Math.max(0, Duration.between(from, to).toSeconds());
        return from.plusSeconds(seconds == 0 ? 0 : random.nextLong(seconds + 1));
    }

    <T> T pick(List<T> pool) {
        return Pools.pick(random, pool);
    }

    Member member() {
        return pick(members);
    }

    static Instant daysBefore(Instant at, long days) {
        return at.minus(Duration.ofDays(days));
    }
}
