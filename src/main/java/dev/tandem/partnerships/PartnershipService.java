package dev.tandem.partnerships;

import dev.tandem.identity.ConcurrentChanges;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.Forbidden;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.Page;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.timeline.Timeline;
import dev.tandem.timeline.TimelineEntry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships of a workspace: create, edit, delete, read, and move between stages. Every
 * method acts as the member of {@code context}; an id that is not in its workspace is 404.
 */
@Service
public class PartnershipService {

    private final Partnerships partnerships;
    private final StageChanges stageChanges;
    private final References references;
    private final PartnershipViews views;
    private final ApplicationEventPublisher events;
    private final Timeline timeline;
    private final Clock clock;
    private final ConcurrentChanges changes;

    PartnershipService(
            Partnerships partnerships,
            StageChanges stageChanges,
            References references,
            PartnershipViews views,
            ApplicationEventPublisher events,
            Timeline timeline,
            Clock clock,
            ConcurrentChanges changes) {
        this.changes = changes;
        this.timeline = timeline;
        this.partnerships = partnerships;
        this.stageChanges = stageChanges;
        this.references = references;
        this.views = views;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a partnership in an active {@code stage}; the owner must be a member, the counterpart known. */
    @Transactional
    public PartnershipView create(WorkspaceContext context, PartnershipDetails details, Stage stage) {
        references.check(context, details);
        Instant now = Now.of(clock);
        var created = Partnership.create(context.workspaceId(), details, stage, "", context.userId(), now);
        Partnership p = created.partnership();
        partnerships.insert(p);
        stageChanges.insert(context.workspaceId(), created.firstStage());
        events.publishEvent(new PartnershipCreated(
                context.workspaceId(),
                p.id(),
                p.name(),
                details.contactId(),
                details.organizationId(),
                context.actor(),
                now));
        return views.of(context, p);
    }

    /**
     * Replaces the details, if the partnership still has the version {@code basedOn} (null: the version read now);
     * a version that no longer holds writes nothing and is refused, naming who changed it and what now differs.
     */
    @Transactional
    public PartnershipView update(
            WorkspaceContext context, UUID id, @Nullable BasedOn basedOn, PartnershipDetails details) {
        Partnership before = require(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        references.check(context, details);
        Instant now = Now.of(clock);
        Partnership after = before.withDetails(details, now, context.userId(), based.version());
        if (based.version() != before.version() || !partnerships.update(after, based.version())) {
            Partnership current = require(context, id);
            throw changes.stale(
                    context,
                    based,
                    current.version(),
                    current.updatedBy(),
                    current.updatedAt(),
                    ChangedMeanwhile.differing(current.details(), details));
        }
        events.publishEvent(new PartnershipUpdated(context.workspaceId(), id, after.name(), context.actor(), now));
        return views.of(context, after);
    }

    /**
     * Deletes the partnership with everything that hangs off it: its notes, participants and stage history, the
     * goals, meetings, commitments and health of the other modules (their foreign keys cascade, ADR 0008), and,
     * through {@link PartnershipDeleted}, its own timeline.
     */
    @Transactional
    public void delete(WorkspaceContext context, UUID id) {
        if (!partnerships.delete(context.workspaceId(), id)) {
            throw new NotFound("partnership.notFound");
        }
        events.publishEvent(new PartnershipDeleted(context.workspaceId(), id));
    }

    public PartnershipView get(WorkspaceContext context, UUID id) {
        return views.of(context, require(context, id));
    }

    /**
     * Moves the stage, keeping the reason, who and when. A move the stage machine does not allow, or
     * one raced by another, is refused with 409.
     */
    @Transactional
    public PartnershipView moveStage(WorkspaceContext context, UUID id, Stage to, String reason) {
        Partnership before = require(context, id);
        Instant now = Now.of(clock);
        var moved = before.moveTo(to, reason.strip(), context.userId(), now);
        if (!partnerships.moveStage(before, moved.partnership())) {
            throw new Conflict("partnership.stage.raced");
        }
        stageChanges.insert(context.workspaceId(), moved.change());
        events.publishEvent(
                new StageChanged(context.workspaceId(), id, before.stage(), to, reason.strip(), context.actor(), now));
        return views.of(context, moved.partnership());
    }

    /**
     * Pauses the partnership's check-ins until {@code until}, or resumes them (null): while paused it is left out of
     * the losing-touch view (and so of My week's check-ins). The endings module calls this for a deferral.
     */
    @Transactional
    public void pauseCheckIns(WorkspaceContext context, UUID id, @Nullable LocalDate until) {
        require(context, id);
        partnerships.pauseCheckIns(context.workspaceId(), id, until);
    }

    /** The stage history, oldest first. */
    public Page<StageChange> stages(WorkspaceContext context, UUID id, PageRequest page) {
        require(context, id);
        return Page.of(stageChanges.of(context.workspaceId(), id, page), page, StageChange::id);
    }

    /** Everything that happened to the partnership, newest first. */
    public Page<TimelineEntry> timeline(WorkspaceContext context, UUID id, PageRequest page) {
        require(context, id);
        return timeline.of(context.workspaceId(), TimelineSubject.partnership(id), page);
    }

    /** The values each side states in a partnership (a guest: only in their own partnership). */
    public PartnershipValues values(WorkspaceContext context, UUID id) {
        context.requirePartnership(id);
        Partnership p = require(context, id);
        return new PartnershipValues(partnerships.sideValues(context.workspaceId(), id), p.version());
    }

    /**
     * States the values one side commits to, replacing what that side said before and keeping the other side's, if
     * the partnership still has the version {@code basedOn} (null: the version read now). A guest states their
     * side's values only (403 for ours).
     */
    @Transactional
    public PartnershipValues stateValues(
            WorkspaceContext context, UUID id, Side side, @Nullable BasedOn basedOn, List<String> values) {
        context.requirePartnership(id);
        if (context.isGuest() && side != Side.THEIRS) {
            throw new Forbidden("partnership.values.theirSideOnly");
        }
        List<String> stated = PartnershipDetails.normalize(values);
        Partnership before = require(context, id);
        var based = basedOn == null ? BasedOn.read(before.version()) : basedOn;
        Instant now = Now.of(clock);
        if (based.version() != before.version()
                || !partnerships.touch(context.workspaceId(), id, based.version(), context.userId(), now)) {
            Partnership current = require(context, id);
            throw changes.stale(
                    context, based, current.version(), current.updatedBy(), current.updatedAt(), List.of("values"));
        }
        partnerships.replaceValues(context.workspaceId(), id, side, stated);
        events.publishEvent(new ValuesStated(context.workspaceId(), id, side, stated, context.actor(), now));
        return values(context, id);
    }

    /** The partnership itself, without the names its view shows: for a check that it is in the workspace (404). */
    public Partnership require(WorkspaceContext context, UUID id) {
        return partnerships.find(context.workspaceId(), id).orElseThrow(() -> new NotFound("partnership.notFound"));
    }
}
