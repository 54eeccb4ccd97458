package dev.tandem.partnerships;

import dev.tandem.shared.Conflict;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The partnership aggregate. It guards its own rules: the stage moves only as {@link Stage} allows
 * and each move is recorded as a {@link StageChange}; the cadence is counted from the last
 * interaction, or from creation when there was none.
 *
 * @param lastContactedAt the latest interaction with the other side, if any
 * @param version raised by every change; a write based on an older one is refused, never lost
 * @param updatedBy who changed the details or stage last (null before versions were kept)
 */
public record Partnership(
        WorkspaceId workspaceId,
        UUID id,
        PartnershipDetails details,
        Stage stage,
        Instant createdAt,
        Instant updatedAt,
        @Nullable Instant lastContactedAt,
        long version,
        @Nullable UserId updatedBy) {

    /** A new partnership in an active stage, with the change that opens its stage history. */
    public record Created(Partnership partnership, StageChange firstStage) {}

    /** The partnership after a move, and the move. */
    public record Moved(Partnership partnership, StageChange change) {}

    public static Created create(
            WorkspaceId workspace, PartnershipDetails details, Stage stage, String reason, UserId actor, Instant now) {
        if (!stage.isActive()) {
            throw new InvalidInput("partnership.stage.initial").on("stage");
        }
        var partnership = new Partnership(workspace, Ids.next(), details, stage, now, now, null, 0, actor);
        return new Created(partnership, new StageChange(Ids.next(), partnership.id(), null, stage, reason, actor, now));
    }

    /** Moves to {@code to}, or refuses (409) a move the stage machine does not allow. */
    public Moved moveTo(Stage to, String reason, UserId actor, Instant now) {
        if (!stage.canMoveTo(to)) {
            throw new Conflict("partnership.stage.refused", stage.label(), to.label()).on("stage");
        }
        var moved = new Partnership(workspaceId, id, details, to, createdAt, now, lastContactedAt, version + 1, actor);
        return new Moved(moved, new StageChange(Ids.next(), id, stage, to, reason, actor, now));
    }

    /** The partnership with new details, written over version {@code basedOn}. */
    public Partnership withDetails(PartnershipDetails changed, Instant now, UserId actor, long basedOn) {
        return new Partnership(workspaceId, id, changed, stage, createdAt, now, lastContactedAt, basedOn + 1, actor);
    }

    /** Records an interaction; an older one than the latest known changes nothing. */
    public Partnership contactedAt(Instant at) {
        if (lastContactedAt != null && !at.isAfter(lastContactedAt)) {
            return this;
        }
        return new Partnership(workspaceId, id, details, stage, createdAt, updatedAt, at, version + 1, updatedBy);
    }

    /** Where the cadence counts from: the last interaction, or creation when there was none. */
    public Instant lastTouch() {
        return lastContactedAt != null ? lastContactedAt : createdAt;
    }

    public Instant dueAt() {
        return details.cadence().dueAt(lastTouch());
    }

    public Instant overdueAt() {
        return details.cadence().overdueAt(lastTouch());
    }

    public CadenceStatus cadenceStatus(Instant now) {
        return stage == Stage.ENDED ? CadenceStatus.NONE : details.cadence().status(lastTouch(), now);
    }

    public List<Stage> allowedMoves() {
        return List.copyOf(stage.next());
    }

    public String name() {
        return details.name();
    }
}
