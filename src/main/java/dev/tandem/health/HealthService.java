package dev.tandem.health;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Partnership;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.WorkspaceId;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The health index: computes a partnership's score when its facts change (and once a day for decay), keeps
 * a snapshot per week, and serves the stored results — reading never recomputes.
 */
@Service
public class HealthService {

    public static final int TREND_WEEKS = 12;
    private static final int CHUNK = 200;

    private final PartnershipFacts partnerships;
    private final FactsReader facts;
    private final HealthScores scores;
    private final HealthSettingsStore settings;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final ConcurrentChanges changes;
    private final ApplicationEventPublisher events;

    HealthService(
            PartnershipFacts partnerships,
            FactsReader facts,
            HealthScores scores,
            HealthSettingsStore settings,
            TransactionTemplate transactions,
            Clock clock,
            ConcurrentChanges changes,
            ApplicationEventPublisher events) {
        this.changes = changes;
        this.events = events;
        this.partnerships = partnerships;
        this.facts = facts;
        this.scores = scores;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The portfolio sorted by risk, highest first, each with its last {@value #TREND_WEEKS} weekly scores. */
    public Page<PortfolioHealth> portfolio(WorkspaceContext context, HealthFilter filter, PageRequest page) {
        return page(context, scores.byRisk(context.workspaceId(), filter, false, page), page);
    }

    /** "Needs attention this week": the riskiest partnerships whose top signal is a high or medium warning. */
    public Page<PortfolioHealth> needingAttention(WorkspaceContext context, int limit) {
        var page = PageRequest.of(limit, null);
        return page(context, scores.byRisk(context.workspaceId(), HealthFilter.NONE, true, page), page);
    }

    private Page<PortfolioHealth> page(WorkspaceContext context, List<HealthScores.Row> rows, PageRequest page) {
        var shown = rows.subList(0, Math.min(rows.size(), page.limit()));
        var trends = trends(context.workspaceId(), shown);
        return Page.of(
                rows.stream()
                        .map(r -> new PortfolioHealth(
                                r.health(), trends.getOrDefault(r.health().partnershipId(), emptyTrend())))
                        .toList(),
                page,
                p -> p.health().partnershipId());
    }

    /** A partnership's health with its trend; 404 outside the workspace, empty health once it has ended. */
    public PartnershipHealth of(WorkspaceContext context, UUID partnershipId) {
        Partnership p = partnerships
                .find(context.workspaceId(), partnershipId)
                .orElseThrow(() -> new NotFound("health.partnership.unknown"));
        var row = scores.find(context.workspaceId(), partnershipId);
        var stored = row.map(HealthScores.Row::health).orElse(null);
        // an ended partnership has no row any more, but its snapshots tell how it went
        var trend = (row.isPresent()
                        ? trends(context.workspaceId(), List.of(row.get()))
                        : snapshotTrends(context.workspaceId(), List.of(partnershipId)))
                .getOrDefault(partnershipId, emptyTrend());
        boolean history =
                trend.get(TREND_WEEKS - 1 - HealthCalculator.TREND_WEEKS).score() != null;
        return new PartnershipHealth(
                p.id(),
                p.name(),
                p.stage(),
                stored,
                trend,
                history ? growingTogether(stored) : null,
                settings.of(context.workspaceId()));
    }

    public HealthSettings settings(WorkspaceContext context) {
        return settings.of(context.workspaceId());
    }

    /** The settings with their version, to change them. */
    public StoredSettings storedSettings(WorkspaceContext context) {
        return settings.stored(context.workspaceId());
    }

    /** Saves new weights and thresholds over whatever version they have now; see the method below. */
    public StoredSettings changeSettings(WorkspaceContext context, HealthSettings changed) {
        return changeSettings(context, null, changed);
    }

    /**
     * Saves new weights and thresholds if the settings still have the version {@code basedOn} (null: the version read
     * now) and recomputes the workspace's scores with them; a version that no longer holds writes nothing and is
     * refused, naming who changed the settings and which now differ from {@code changed}.
     */
    public StoredSettings changeSettings(WorkspaceContext context, @Nullable BasedOn basedOn, HealthSettings changed) {
        var before = settings.stored(context.workspaceId());
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        Instant now = clock.instant();
        if (based.version() != before.version()
                || !settings.save(context.workspaceId(), changed, now, context.userId(), based.version())) {
            var current = settings.stored(context.workspaceId());
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.settings(), changed));
        }
        recomputeWorkspace(context.workspaceId());
        return new StoredSettings(changed, based.version() + 1, context.userId(), now);
    }

    /**
     * Recomputes one partnership as of today from its current facts, in the caller's transaction: its score
     * and this week's snapshot. An ended (or deleted) partnership loses its current score.
     */
    public void recompute(WorkspaceId workspace, UUID partnershipId) {
        var found = partnerships.findWithTheirs(workspace, partnershipId).orElse(null);
        if (found == null || found.partnership().stage() == Stage.ENDED) {
            scores.delete(workspace, partnershipId);
            return;
        }
        var p = found.partnership();
        var today = today();
        var basis = scores.basis(workspace, partnershipId);
        var byWeek = basis.trend() == null
                ? scores.scoresSince(workspace, partnershipId, firstTrendWeek())
                : scores(basis.trend().window(firstTrendWeek(), TREND_WEEKS));
        var before = scores.find(workspace, partnershipId).map(HealthScores.Row::health);
        var report = HealthCalculator.compute(
                facts.current(workspace, found, today, basis.settings()),
                basis.settings(),
                today,
                byWeek.get(weekOf(today).minusWeeks(HealthCalculator.TREND_WEEKS)));
        save(workspace, p, report, byWeek);
        before.filter(health -> !health.pending()).ifPresent(health -> announce(workspace, p, health, report));
    }

    /**
     * Publishes the signals the report shows that the last computation did not, and those it no longer shows (the
     * first computation tells of nothing).
     */
    private void announce(WorkspaceId workspace, Partnership p, StoredHealth before, HealthReport report) {
        Instant now = clock.instant();
        Set<SignalType> known = before.signals().stream().map(Signal::type).collect(Collectors.toSet());
        Set<SignalType> after = EnumSet.noneOf(SignalType.class);
        for (Signal signal : report.signals()) {
            after.add(signal.type());
            if (!known.contains(signal.type())) {
                events.publishEvent(new SignalRaised(
                        workspace,
                        p.id(),
                        p.details().name(),
                        p.details().ownerId(),
                        signal.type(),
                        signal.severity(),
                        signal.evidence(),
                        now));
            }
        }
        known.stream()
                .filter(type -> !after.contains(type))
                .sorted()
                .forEach(type -> events.publishEvent(new SignalCleared(workspace, p.id(), type, now)));
    }

    /** Recomputes every partnership of a workspace, a chunk per transaction. */
    public void recomputeWorkspace(WorkspaceId workspace) {
        forEachChunk(workspace, ids -> ids.forEach(id -> recompute(workspace, id)));
    }

    /**
     * Computes the snapshots of the last {@code weeks} weeks (each week judged as of its Sunday, skipping weeks
     * before the partnership existed) and today's score, for every partnership of the workspace — as the
     * weekly computation would have left them had it run all along. For imported or generated history.
     */
    public void backfill(WorkspaceId workspace, int weeks) {
        var rules = settings.of(workspace);
        var today = today();
        forEachChunk(
                workspace,
                ids -> ids.forEach(id -> partnerships
                        .find(workspace, id)
                        .filter(p -> p.stage() != Stage.ENDED)
                        .ifPresent(p -> backfill(workspace, p, rules, today, weeks))));
    }

    private void backfill(WorkspaceId workspace, Partnership p, HealthSettings rules, LocalDate today, int weeks) {
        var known = facts.read(workspace, p);
        Map<LocalDate, Integer> byWeek = new HashMap<>();
        List<HealthScores.PastWeek> past = new ArrayList<>();
        LocalDate created = HealthCalculator.date(p.createdAt());
        LocalDate first = weekOf(today).minusWeeks(weeks);
        for (LocalDate week = first; week.isBefore(weekOf(today)); week = week.plusWeeks(1)) {
            LocalDate sunday = week.plusDays(6);
            if (sunday.isBefore(created)) {
                continue;
            }
            var report = HealthCalculator.compute(
                    known, rules, sunday, byWeek.get(week.minusWeeks(HealthCalculator.TREND_WEEKS)));
            byWeek.put(week, report.score());
            past.add(new HealthScores.PastWeek(week, report.score(), report.confidence()));
        }
        scores.replaceSnapshots(workspace, p.id(), first, past);
        var eightWeeksAgo = byWeek.get(weekOf(today).minusWeeks(HealthCalculator.TREND_WEEKS));
        save(workspace, p, HealthCalculator.compute(known, rules, today, eightWeeksAgo), byWeek);
    }

    /** Writes the score, this week's snapshot, and the trend: the past weeks of {@code byWeek} and this one. */
    private void save(WorkspaceId workspace, Partnership p, HealthReport report, Map<LocalDate, Integer> byWeek) {
        LocalDate week = weekOf(report.asOf());
        Map<LocalDate, Integer> weeks = new HashMap<>(byWeek);
        weeks.remove(week);
        if (report.score() != null) {
            weeks.put(week, report.score());
        }
        scores.save(workspace, p, report, Trend.ending(week, TREND_WEEKS, weeks), clock.instant());
        scores.snapshot(workspace, p.id(), week, report.score(), report.confidence());
    }

    private void forEachChunk(WorkspaceId workspace, Consumer<List<UUID>> work) {
        UUID after = new UUID(0, 0);
        while (true) {
            var ids = partnerships.ids(workspace, after, CHUNK);
            if (ids.isEmpty()) {
                return;
            }
            transactions.executeWithoutResult(status -> work.accept(ids));
            after = ids.get(ids.size() - 1);
        }
    }

    private @Nullable GrowingTogether growingTogether(@Nullable StoredHealth stored) {
        if (stored == null || stored.score() == null) {
            return null;
        }
        boolean growing = stored.signals().stream().anyMatch(s -> s.type() == SignalType.GROWING_TOGETHER);
        return new GrowingTogether(growing);
    }

    /**
     * The last {@value #TREND_WEEKS} weeks of some rows, oldest first, a null score where there is no snapshot:
     * from the rows themselves, or from the snapshots for a row written before rows kept their trend.
     */
    private Map<UUID, List<WeekScore>> trends(WorkspaceId workspace, List<HealthScores.Row> rows) {
        LocalDate first = weekOf(today()).minusWeeks(TREND_WEEKS - 1);
        Map<UUID, List<WeekScore>> trends = new HashMap<>();
        List<UUID> unkept = new ArrayList<>();
        for (var row : rows) {
            if (row.trend() == null) {
                unkept.add(row.health().partnershipId());
            } else {
                trends.put(row.health().partnershipId(), row.trend().window(first, TREND_WEEKS));
            }
        }
        trends.putAll(snapshotTrends(workspace, unkept));
        return trends;
    }

    private Map<UUID, List<WeekScore>> snapshotTrends(WorkspaceId workspace, List<UUID> ids) {
        LocalDate thisWeek = weekOf(today());
        Map<UUID, List<WeekScore>> trends = new HashMap<>();
        scores.trends(workspace, ids, thisWeek.minusWeeks(TREND_WEEKS - 1)).forEach((id, weeks) -> {
            Map<LocalDate, Integer> byWeek = new HashMap<>();
            weeks.forEach(w -> byWeek.put(w.week(), w.score()));
            trends.put(id, Trend.ending(thisWeek, TREND_WEEKS, byWeek).weeks());
        });
        return trends;
    }

    private LocalDate firstTrendWeek() {
        return weekOf(today()).minusWeeks(TREND_WEEKS - 1);
    }

    /** The weeks that have a score, by week. */
    private static Map<LocalDate, Integer> scores(List<WeekScore> weeks) {
        Map<LocalDate, Integer> byWeek = new HashMap<>();
        weeks.stream().filter(w -> w.score() != null).forEach(w -> byWeek.put(w.week(), w.score()));
        return byWeek;
    }

    private List<WeekScore> emptyTrend() {
        return Trend.ending(weekOf(today()), TREND_WEEKS, Map.of()).weeks();
    }

    LocalDate today() {
        return HealthCalculator.date(clock.instant());
    }

    static LocalDate weekOf(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }
}
