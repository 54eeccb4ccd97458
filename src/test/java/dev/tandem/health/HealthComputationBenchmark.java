package dev.tandem.health;

import dev.tandem.health.HealthFacts.MeetingHeld;
import dev.tandem.health.HealthFacts.Presence;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.RhythmFacts.CommitmentFact;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The health index's own computation, without the database (W1 and W2 measure it with its reads and
 * writes). In the health package, as the calculator is the module's internal.
 *
 * <ul>
 * <li>{@code incrementalUpdate}: what runs after each event that touches a partnership (a meeting held,
 * a commitment delivered): today's report from a typical partnership's facts, two years of about 20
 * meetings and 30 commitments, as the generator makes them.
 * <li>{@code fullRecomputeOfAYear}: a partnership with a year of weekly check-ins (52 meetings with
 * attendance, 120 commitments), recomputed whole: its score at the end of each of the 52 weeks, each
 * with its trend, then today's report, as the back-fill does.
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class HealthComputationBenchmark {

    private static final Instant NOW = Instant.parse("2026-11-22T10:00:00Z");
    private static final LocalDate TODAY = LocalDate.ofInstant(NOW, ZoneOffset.UTC);

    private final HealthSettings settings = HealthSettings.DEFAULTS;
    private HealthFacts typical;
    private HealthFacts yearOfWeeklyCheckIns;

    @Setup
    public void setUp() {
        var random = new SplittableRandom(42);
        typical = history(random, 730, 20, 30);
        yearOfWeeklyCheckIns = history(random, 365, 52, 120);
    }

    @Benchmark
    public HealthReport incrementalUpdate() {
        return HealthCalculator.compute(typical, settings, TODAY, 64);
    }

    @Benchmark
    public void fullRecomputeOfAYear(Blackhole out) {
        Map<LocalDate, Integer> byWeek = new HashMap<>();
        LocalDate thisWeek = TODAY.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        for (LocalDate week = thisWeek.minusWeeks(52); week.isBefore(thisWeek); week = week.plusWeeks(1)) {
            var report = HealthCalculator.compute(
                    yearOfWeeklyCheckIns,
                    settings,
                    week.plusDays(6),
                    byWeek.get(week.minusWeeks(HealthCalculator.TREND_WEEKS)));
            byWeek.put(week, report.score());
            out.consume(report);
        }
        out.consume(HealthCalculator.compute(
                yearOfWeeklyCheckIns, settings, TODAY, byWeek.get(thisWeek.minusWeeks(HealthCalculator.TREND_WEEKS))));
    }

    /** {@code meetings} held and {@code commitments} made over the last {@code days}, latest meeting first. */
    private static HealthFacts history(SplittableRandom random, int days, int meetings, int commitments) {
        Instant created = NOW.minus(Duration.ofDays(days));
        List<MeetingHeld> held = new ArrayList<>();
        for (int i = 0; i < meetings; i++) {
            Instant at = NOW.minus(Duration.ofDays((long) days * i / meetings + 1));
            int roll = random.nextInt(10);
            held.add(new MeetingHeld(at, roll < 7 ? Presence.ATTENDED : roll < 9 ? Presence.MISSED : Presence.EXCUSED));
        }
        List<CommitmentFact> made = new ArrayList<>();
        for (int i = 0; i < commitments; i++) {
            Instant at = created.plus(Duration.ofDays(random.nextInt(days)));
            LocalDate due = LocalDate.ofInstant(at, ZoneOffset.UTC).plusDays(7 + random.nextInt(21));
            int outcome = random.nextInt(10);
            var status = outcome < 7
                    ? CommitmentStatus.DONE
                    : outcome < 8 ? CommitmentStatus.DROPPED : CommitmentStatus.OPEN;
            LocalDate done = status == CommitmentStatus.DONE ? due.plusDays(random.nextInt(10) - 6) : null;
            made.add(new CommitmentFact(random.nextBoolean() ? OwnerSide.US : OwnerSide.THEM, due, status, done, at));
        }
        return new HealthFacts(created, held.get(0).heldAt(), 14, 30, held, made, 3, 2);
    }
}
