package dev.tandem.goals;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.TimelineEvent;
import dev.tandem.shared.TimelineSubject;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import dev.tandem.shared.PartnershipChanged;
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

    GoalSupport(PartnershipService partnerships, WorkspaceService workspaces, ContactDirectory contacts,
            ApplicationEventPublisher events, Clock clock) {
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

    java.util.Map<UUID, String> contactNames(WorkspaceContext context, java.util.Collection<UUID> ids) {
        return contacts.contactNames(context.workspaceId(), ids);
    }

    java.util.Map<dev.tandem.shared.UserId, String> memberNames(WorkspaceContext context,
            java.util.Collection<dev.tandem.shared.UserId> ids) {
        return workspaces.memberNames(context.workspaceId(), ids);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    java.time.LocalDate today() {
        return java.time.LocalDate.ofInstant(clock.instant(), java.time.ZoneOffset.UTC);
    }

    /** Publishes to the partnership's timeline, and to the contact's who owns the goal on their side. */
    void timeline(WorkspaceContext context, UUID partnershipId, @Nullable UUID theirOwner, String type,
            List<String> args, Instant at) {
        List<TimelineSubject> subjects = new ArrayList<>();
        subjects.add(TimelineSubject.partnership(partnershipId));
        if (theirOwner != null) {
            subjects.add(TimelineSubject.contact(theirOwner));
        }
        events.publishEvent(new TimelineEvent(context.workspaceId(), subjects, type, args, context.userId(),
                context.userName(), at, false));
    }

    /** A change that alters the partnership's alignment without going on the timeline (for the health index). */
    void changed(WorkspaceContext context, UUID partnershipId) {
        events.publishEvent(new PartnershipChanged(context.workspaceId(), partnershipId));
    }
}
