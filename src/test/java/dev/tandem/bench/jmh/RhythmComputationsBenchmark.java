package dev.tandem.bench.jmh;

import dev.tandem.goals.Direction;
import dev.tandem.goals.KeyResultDetails;
import dev.tandem.goals.Progress;
import dev.tandem.partnerships.Cadence;
import dev.tandem.partnerships.CadenceStatus;
import dev.tandem.rhythm.Commitment;
import dev.tandem.rhythm.CommitmentStatus;
import dev.tandem.rhythm.OwnerSide;
import dev.tandem.rhythm.Reliability;
import dev.tandem.shared.UserId;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
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

/**
 * The computations behind a partnership's rhythm that exist today, which the health index builds on:
 * the cadence status of each partnership of a portfolio of scale M (as every list and dashboard row shows
 * it), each side's reliability from a year of commitments (the counting {@code CommitmentService.reliability}
 * does on the rows it reads), and the progress of a partnership's goals from their key results.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class RhythmComputationsBenchmark {

    private static final int PORTFOLIO = 10_000;

    private final Instant now = Instant.parse("2026-11-22T10:00:00Z");
    private final LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    private final Cadence[] cadences = new Cadence[PORTFOLIO];
    private final Instant[] lastTouches = new Instant[PORTFOLIO];
    private final List<Commitment> yearOfCommitments = new ArrayList<>();
    private final List<KeyResultDetails> keyResults = new ArrayList<>();
    private final List<BigDecimal> latest = new ArrayList<>();

    @Setup
    public void setUp() {
        var random = new SplittableRandom(42);
        for (int i = 0; i < PORTFOLIO; i++) {
            int ideal = 7 + random.nextInt(60);
            cadences[i] = new Cadence(ideal, Math.min(Cadence.LONGEST, ideal * 2));
            lastTouches[i] = now.minus(Duration.ofDays(random.nextInt(200)));
        }
        var by = UserId.of(UUID.randomUUID());
        var partnership = UUID.randomUUID();
        for (int i = 0; i < 60; i++) {
            LocalDate due = today.minusDays(random.nextInt(365));
            int outcome = random.nextInt(10);
            var status = outcome < 7
                    ? CommitmentStatus.DONE
                    : outcome < 8 ? CommitmentStatus.DROPPED : CommitmentStatus.OPEN;
            LocalDate done = status != CommitmentStatus.DONE ? null : due.plusDays(random.nextInt(10) - 6);
            yearOfCommitments.add(new Commitment(
                    UUID.randomUUID(),
                    partnership,
                    null,
                    "Send the draft",
                    random.nextBoolean() ? OwnerSide.US : OwnerSide.THEM,
                    null,
                    due,
                    status,
                    done,
                    by,
                    now,
                    0,
                    by,
                    now));
        }
        for (int i = 0; i < 6; i++) {
            keyResults.add(new KeyResultDetails(
                    "Households connected", "homes", BigDecimal.ZERO, BigDecimal.valueOf(300), Direction.UP));
            latest.add(BigDecimal.valueOf(random.nextInt(320)));
        }
    }

    /** How many partnerships of a 10,000 portfolio are overdue for a check-in. */
    @Benchmark
    public int portfolioCadence() {
        int overdue = 0;
        for (int i = 0; i < PORTFOLIO; i++) {
            if (cadences[i].status(lastTouches[i], now) == CadenceStatus.OVERDUE) {
                overdue++;
            }
        }
        return overdue;
    }

    /** Each side's on-time rate over the last 180 days, from a year of commitments (60). */
    @Benchmark
    public Reliability reliabilityFromAYear() {
        LocalDate from = today.minusDays(Reliability.WINDOW_DAYS);
        int[] due = new int[2];
        int[] onTime = new int[2];
        for (Commitment c : yearOfCommitments) {
            boolean counted = !c.dueOn().isBefore(from)
                    && !c.dueOn().isAfter(today)
                    && (c.dueOn().isBefore(today) || c.status() != CommitmentStatus.OPEN);
            if (counted) {
                due[c.ownerSide().ordinal()]++;
                onTime[c.ownerSide().ordinal()] += c.onTime() ? 1 : 0;
            }
        }
        return new Reliability(
                from,
                today,
                new Reliability.Side(OwnerSide.US, due[0], onTime[0]),
                new Reliability.Side(OwnerSide.THEM, due[1], onTime[1]));
    }

    /** The progress of three goals of two key results each. */
    @Benchmark
    public int goalProgress() {
        int percent = 0;
        Instant created = now.minus(Duration.ofDays(120));
        for (int goal = 0; goal < 3; goal++) {
            List<Progress> progress = new ArrayList<>(2);
            for (int k = goal * 2; k < goal * 2 + 2; k++) {
                progress.add(Progress.of(keyResults.get(k), latest.get(k), created, today.plusDays(200), now));
            }
            percent += Progress.ofGoal(progress).percent();
        }
        return percent;
    }
}
