package dev.tandem.goals;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Dates;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The key results of shared goals and their measurements. Every method acts as the member of {@code context}; a goal
 * or key result that is not in its workspace is 404.
 */
@Service
public class KeyResultService {

    private final KeyResults keyResults;
    private final GoalService goals;
    private final GoalSupport support;
    private final ConcurrentChanges changes;

    KeyResultService(KeyResults keyResults, GoalService goals, GoalSupport support, ConcurrentChanges changes) {
        this.changes = changes;
        this.keyResults = keyResults;
        this.goals = goals;
        this.support = support;
    }

    @Transactional
    public KeyResultView add(WorkspaceContext context, UUID goalId, KeyResultDetails details) {
        Goal goal = goals.require(context, goalId);
        if (keyResults.count(context.workspaceId(), goalId) >= KeyResult.MAX_PER_GOAL) {
            throw new Conflict("goal.keyResult.tooMany", KeyResult.MAX_PER_GOAL);
        }
        var kr = new KeyResult(Ids.next(), goalId, details, support.now(), 0, context.userId(), null);
        keyResults.insert(context.workspaceId(), kr);
        return GoalViews.keyResult(goal, kr, null, support.now());
    }

    /** Replaces the key result's metric and numbers, whatever its version. */
    @Transactional
    public KeyResultView update(WorkspaceContext context, UUID id, KeyResultDetails details) {
        return update(context, id, null, details);
    }

    /**
     * Replaces the key result's metric and numbers if it still has the version {@code basedOn} (null: the version
     * read now); a version that no longer holds writes nothing and is refused, naming who changed it and what differs.
     */
    @Transactional
    public KeyResultView update(
            WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, KeyResultDetails details) {
        KeyResult before = require(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        var after = new KeyResult(
                id, before.goalId(), details, before.createdAt(), based.version() + 1, context.userId(), support.now());
        if (based.version() != before.version() || !keyResults.update(context.workspaceId(), after, based.version())) {
            KeyResult current = require(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.details(), details));
        }
        return view(context, after);
    }

    public KeyResultView get(WorkspaceContext context, UUID id) {
        return view(context, require(context, id));
    }

    /** A goal's key results, oldest first (at most {@link KeyResult#MAX_PER_GOAL}). */
    public List<KeyResultView> list(WorkspaceContext context, UUID goalId) {
        return goals.get(context, goalId).keyResults();
    }

    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        if (!keyResults.delete(context.workspaceId(), id)) {
            throw new NotFound("goal.keyResult.notFound");
        }
    }

    /** Records a value on a day (today by default, never in the future); it goes on the partnership's timeline. */
    @Transactional
    public Measurement measure(
            WorkspaceContext context,
            UUID keyResultId,
            BigDecimal value,
            @Nullable LocalDate on,
            @Nullable String note) {
        return record(context, require(context, keyResultId), value, on, note);
    }

    /**
     * Records a value as {@link #measure(WorkspaceContext, UUID, BigDecimal, LocalDate, String)} does, if the latest
     * measurement is still the one the user saw ({@code seen}; null when there was none): a value recorded
     * meanwhile writes nothing and is refused (409), naming who recorded it and when, so that nobody records over a
     * number they have not seen.
     */
    @Transactional
    public Measurement measure(
            WorkspaceContext context,
            UUID keyResultId,
            @Nullable UUID seen,
            BigDecimal value,
            @Nullable LocalDate on,
            @Nullable String note) {
        KeyResult kr = require(context, keyResultId);
        keyResults.lock(context.workspaceId(), keyResultId);
        Measurement latest =
                keyResults.latest(context.workspaceId(), List.of(keyResultId)).get(keyResultId);
        if (!Objects.equals(latest == null ? null : latest.id(), seen)) {
            throw changes.stale(
                    context,
                    BasedOn.read(kr.version()),
                    kr.version(),
                    latest == null ? null : latest.recordedBy(),
                    latest == null ? null : latest.createdAt(),
                    List.of("value"));
        }
        return record(context, kr, value, on, note);
    }

    private Measurement record(
            WorkspaceContext context, KeyResult kr, BigDecimal value, @Nullable LocalDate on, @Nullable String note) {
        UUID keyResultId = kr.id();
        Goal goal = goals.require(context, kr.goalId());
        LocalDate day = Dates.require(on == null ? support.today() : on, "measuredOn");
        if (day.isAfter(support.today())) {
            throw new InvalidInput("goal.measurement.future").on("measuredOn");
        }
        Instant now = support.now();
        var measurement = new Measurement(
                Ids.at(day.atStartOfDay(ZoneOffset.UTC).toInstant()),
                keyResultId,
                KeyResultDetails.normal(value),
                day,
                GoalDetails.blankToNull(note),
                context.userId(),
                now);
        keyResults.insert(context.workspaceId(), measurement);
        support.measured(context, goal, kr, measurement, now);
        return measurement;
    }

    /** A key result's measurements, latest day first. */
    public Page<Measurement> measurements(WorkspaceContext context, UUID keyResultId, PageRequest page) {
        require(context, keyResultId);
        return Page.of(keyResults.measurements(context.workspaceId(), keyResultId, page), page, Measurement::id);
    }

    private KeyResultView view(WorkspaceContext context, KeyResult kr) {
        Goal goal = goals.require(context, kr.goalId());
        var latest = keyResults.latest(context.workspaceId(), List.of(kr.id())).get(kr.id());
        return GoalViews.keyResult(goal, kr, latest, support.now());
    }

    private KeyResult require(WorkspaceContext context, UUID id) {
        return keyResults.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("goal.keyResult.notFound"));
    }
}
