package dev.tandem.endings;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PartnershipChanged;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deferring a relationship: snooze it until a date (the check-in cadence pauses and resumes on that day), see what
 * is deferred, and take a deferral back early. The health index is told, so the pause shows at once, and the
 * partnership leaves the losing-touch view until the date (or until the deferral is taken back).
 */
@Service
public class DeferralService {

    private final Deferrals deferrals;
    private final PartnershipService partnerships;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DeferralService(
            Deferrals deferrals, PartnershipService partnerships, ApplicationEventPublisher events, Clock clock) {
        this.deferrals = deferrals;
        this.partnerships = partnerships;
        this.events = events;
        this.clock = clock;
    }

    /** The deferrals still running today, soonest end first. */
    public List<Deferral> running(WorkspaceContext context) {
        return deferrals.running(context.workspaceId(), today());
    }

    public List<Deferral> of(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
        return deferrals.of(context.workspaceId(), partnershipId);
    }

    /**
     * Defers the partnership until {@code until} (after today, within {@value PlaybookService#MAX_MONTHS} months;
     * 400 otherwise), with the reason and the urgent channel named in the message.
     */
    @Transactional
    public Deferral defer(
            WorkspaceContext context,
            UUID partnershipId,
            LocalDate until,
            @Nullable String reason,
            @Nullable String channel) {
        partnerships.require(context, partnershipId);
        check(until, channel, today());
        String why = ContractTerms.blankToNull(reason);
        if (why != null && why.length() > PlaybookRun.NOTES_LENGTH) {
            throw new InvalidInput("endings.run.notesLength", PlaybookRun.NOTES_LENGTH).on("reason");
        }
        var deferral =
                new Deferral(Ids.next(), partnershipId, until, why, ContractTerms.blankToNull(channel), now(), null);
        deferrals.insert(context.workspaceId(), deferral, context.userId());
        pauseCheckIns(context, partnershipId);
        events.publishEvent(new PartnershipChanged(context.workspaceId(), partnershipId));
        return deferral;
    }

    /** Takes a running deferral back: the cadence counts again from its last contact. */
    @Transactional
    public void end(WorkspaceContext context, UUID id) {
        Deferral deferral =
                deferrals.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("endings.deferral.notFound"));
        if (!deferrals.end(context.workspaceId(), id, now())) {
            throw new NotFound("endings.deferral.notFound");
        }
        pauseCheckIns(context, deferral.partnershipId());
        events.publishEvent(new PartnershipChanged(context.workspaceId(), deferral.partnershipId()));
    }

    /** Leaves the partnership out of "losing touch" until its latest running deferral's date, or brings it back. */
    private void pauseCheckIns(WorkspaceContext context, UUID partnershipId) {
        partnerships.pauseCheckIns(
                context,
                partnershipId,
                deferrals.latestUntil(context.workspaceId(), partnershipId).orElse(null));
    }

    /** 400 unless {@code until} is after {@code today} and within the longest deferral, and the channel fits. */
    static void check(@Nullable LocalDate until, @Nullable String channel, LocalDate today) {
        if (until == null) {
            throw new InvalidInput("validation.required").on("until");
        }
        if (!until.isAfter(today) || until.isAfter(today.plusMonths(PlaybookService.MAX_MONTHS))) {
            throw new InvalidInput("endings.deferral.until", PlaybookService.MAX_MONTHS).on("until");
        }
        if (channel != null && channel.strip().length() > CoffeePlan.CHANNEL_LENGTH) {
            throw new InvalidInput("endings.deferral.channelLength", CoffeePlan.CHANNEL_LENGTH).on("channel");
        }
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
