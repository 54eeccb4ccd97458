package dev.tandem.goals;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Visibility;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.PartnershipChanged;
import dev.tandem.shared.UserId;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** What the goal services share: the partnership and owner checks, the clock, and timeline events. */
@Component
class GoalSupport {

    private final PartnershipService partnerships;
    private final WorkspaceService workspaces;
    private final ContactDirectory contacts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    GoalSupport(
            PartnershipService partnerships,
            WorkspaceService workspaces,
            ContactDirectory contacts,
            ApplicationEventPublisher events,
            Clock clock) {
        this.partnerships = partnerships;
        this.workspaces = workspaces;
        this.contacts = contacts;
        this.events = events;
        this.clock = clock;
    }

    /** 404 unless the partnership is in the context's workspace. */
    void requirePartnership(WorkspaceContext context, UUID partnershipId) {
        partnerships.require(context, partnershipId);
    }

    /** 400 unless our owner is a member and their owner a contact of the workspace. */
    void checkOwners(WorkspaceContext context, GoalDetails details) {
        if (details.ourOwner() != null) {
            try {
                workspaces.member(context, details.ourOwner());
            } catch (NotFound notMember) {
                throw new InvalidInput("goal.owner.member").on("ourOwnerId");
            }
        }
        if (details.theirOwner() != null && !contacts.contactExists(context.workspaceId(), details.theirOwner())) {
            throw new InvalidInput("goal.owner.contact").on("theirOwnerId");
        }
    }

    Map<UUID, String> contactNames(WorkspaceContext context, Collection<UUID> ids) {
        return contacts.contactNames(context.workspaceId(), ids);
    }

    Map<UserId, String> memberNames(WorkspaceContext context, Collection<UserId> ids) {
        return workspaces.memberNames(context.workspaceId(), ids);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** A goal was set, with its status when that is not active. */
    void set(WorkspaceContext context, Goal goal, Instant at) {
        events.publishEvent(new GoalSet(
                context.workspaceId(),
                goal.partnershipId(),
                goal.id(),
                goal.details().theirOwner(),
                goal.title(),
                context.actor(),
                at));
        if (goal.details().status() != GoalStatus.ACTIVE) {
            statusChanged(context, goal, at);
        }
    }

    /** The goal's status became the one it has now: achieved, dropped, or active again. */
    void statusChanged(WorkspaceContext context, Goal goal, Instant at) {
        var ws = context.workspaceId();
        var theirs = goal.details().theirOwner();
        var by = context.actor();
        events.publishEvent(
                switch (goal.details().status()) {
                    case ACHIEVED ->
                        new GoalAchieved(ws, goal.partnershipId(), goal.id(), theirs, goal.title(), by, at);
                    case DROPPED -> new GoalDropped(ws, goal.partnershipId(), goal.id(), theirs, goal.title(), by, at);
                    case ACTIVE -> new GoalReopened(ws, goal.partnershipId(), goal.id(), theirs, goal.title(), by, at);
                });
    }

    /** The goal was shown to the partner's guests, or kept to the team. */
    void visibilityChanged(WorkspaceContext context, Goal goal, Visibility visibility) {
        events.publishEvent(new GoalVisibilityChanged(
                context.workspaceId(),
                goal.partnershipId(),
                goal.id(),
                goal.title(),
                visibility,
                context.actor(),
                now()));
    }

    /** A key result of the goal was measured. */
    void measured(WorkspaceContext context, Goal goal, KeyResult kr, Measurement measurement, Instant at) {
        events.publishEvent(new KeyResultMeasured(
                context.workspaceId(),
                goal.partnershipId(),
                goal.id(),
                goal.details().theirOwner(),
                goal.title(),
                kr.id(),
                kr.details().metric(),
                measurement.value(),
                kr.details().unit(),
                context.actor(),
                at));
    }

    /** Someone was consulted on the goal. */
    void consulted(WorkspaceContext context, Goal goal, Consultation consultation) {
        events.publishEvent(new VoiceConsulted(
                context.workspaceId(),
                goal.partnershipId(),
                goal.id(),
                goal.details().theirOwner(),
                goal.title(),
                consultation.side(),
                consultation.who(),
                consultation.consultedOn(),
                context.actor(),
                consultation.createdAt()));
    }

    /** A change that alters the partnership's alignment without going on the timeline (for the health index). */
    void changed(WorkspaceContext context, UUID partnershipId) {
        events.publishEvent(new PartnershipChanged(context.workspaceId(), partnershipId));
    }
}
