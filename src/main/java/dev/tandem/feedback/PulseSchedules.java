package dev.tandem.feedback;

import dev.tandem.feedback.PulseService.Pick;
import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A partnership's optional pulse schedule, as members set it: every how many weeks, after how many days the one
 * reminder goes, and to whom. {@link ScheduleJob} sends what is due.
 */
@Service
public class PulseSchedules {

    private final ScheduleStore store;
    private final PulseStore rounds;
    private final PulseService pulse;
    private final PartnershipService partnerships;
    private final ConcurrentChanges changes;
    private final Clock clock;

    PulseSchedules(
            ScheduleStore store,
            PulseStore rounds,
            PulseService pulse,
            PartnershipService partnerships,
            ConcurrentChanges changes,
            Clock clock) {
        this.store = store;
        this.rounds = rounds;
        this.pulse = pulse;
        this.partnerships = partnerships;
        this.changes = changes;
        this.clock = clock;
    }

    public Optional<PulseSchedule> of(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        return store.find(context.workspaceId(), partnershipId);
    }

    /**
     * Sets the schedule (creating it when {@code basedOn} is null or version 0 and there is none). A new schedule
     * sends its first round at the job's next run; a changed one counts its weeks from the last round it sent.
     * Everyone chosen must be a candidate of the partnership (400 on {@code people}).
     */
    @Transactional
    public PulseSchedule save(
            WorkspaceContext context,
            UUID partnershipId,
            @Nullable BasedOn basedOn,
            @Nullable Integer everyWeeks,
            @Nullable Integer remindAfterDays,
            List<RecipientKey> people) {
        partnerships.require(context, partnershipId);
        if (everyWeeks == null) {
            throw new InvalidInput("validation.required").on("everyWeeks");
        }
        if (everyWeeks < 1 || everyWeeks > PulseSchedule.MAX_WEEKS) {
            throw new InvalidInput("feedback.schedule.weeksRange", 1, PulseSchedule.MAX_WEEKS).on("everyWeeks");
        }
        int remind = remindAfterDays == null ? PulseSchedule.DEFAULT_REMIND_DAYS : remindAfterDays;
        if (remind < 1 || remind > PulseSchedule.MAX_REMIND_DAYS) {
            throw new InvalidInput("feedback.schedule.remindRange", 1, PulseSchedule.MAX_REMIND_DAYS)
                    .on("remindAfterDays");
        }
        var chosen = new LinkedHashSet<>(people);
        if (chosen.isEmpty()) {
            throw new InvalidInput("feedback.round.nobody").on("people");
        }
        if (chosen.size() > Round.MAX_PEOPLE) {
            throw new InvalidInput("feedback.round.tooMany", Round.MAX_PEOPLE).on("people");
        }
        var candidates = pulse.candidates(context, List.of(partnershipId));
        for (RecipientKey key : chosen) {
            if (candidates.stream()
                    .noneMatch(c -> c.kind() == key.kind() && c.personId().equals(key.personId()))) {
                throw new InvalidInput("feedback.round.notCandidate").on("people");
            }
        }
        List<Pick> picks = chosen.stream()
                .map(k -> new Pick(partnershipId, k.kind(), k.personId()))
                .toList();
        Instant now = now();
        var current = store.find(context.workspaceId(), partnershipId).orElse(null);
        long version = current == null ? 0 : current.version();
        var based = basedOn == null ? BasedOn.read(version) : basedOn;
        Instant next = current == null || current.lastSentAt() == null
                ? now
                : current.lastSentAt().plus(Duration.ofDays(7L * everyWeeks));
        var schedule =
                new PulseSchedule(partnershipId, everyWeeks, remind, picks, context.userId(), next, null, now, version);
        boolean written;
        if (current == null && based.version() == 0) {
            store.insert(context.workspaceId(), schedule);
            written = true;
        } else {
            written = current != null
                    && based.version() == current.version()
                    && store.update(context.workspaceId(), schedule, based.version());
        }
        if (!written) {
            throw changes.stale(context, based, version, null, current == null ? null : current.updatedAt(), List.of());
        }
        return store.find(context.workspaceId(), partnershipId).orElseThrow();
    }

    /** Removes the schedule: nothing goes out after this, no round and no reminder of a round it sent. */
    @Transactional
    public void remove(WorkspaceContext context, UUID partnershipId, @Nullable BasedOn basedOn) {
        var current = of(context, partnershipId).orElseThrow(() -> new NotFound("feedback.schedule.notFound"));
        var based = basedOn == null ? BasedOn.read(current.version()) : basedOn;
        if (based.version() != current.version()
                || !store.delete(context.workspaceId(), partnershipId, based.version())) {
            throw changes.stale(context, based, current.version(), null, current.updatedAt(), List.of());
        }
        rounds.cancelReminders(context.workspaceId(), partnershipId);
    }

    /** One person a schedule sends to. */
    public record RecipientKey(RecipientKind kind, UUID personId) {}

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
