package dev.tandem.identity;

import dev.tandem.shared.Actor;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.util.Set;
import java.util.UUID;

/**
 * The workspace a request acts in, the user acting (with the name they go by, for what they leave on timelines)
 * and their role. Only the central workspace access check creates one, so a handler that declares it as a
 * parameter has been checked already.
 * <p>
 * A partner-side guest acts with the partnerships they are a guest of ({@link #guestPartnerships()}, never empty
 * for a guest) and the weakest role, {@link Role#VIEWER}; every member check ({@link #isAdmin()},
 * {@link #canWrite()}) answers no for a guest, whatever the role says, so a guest never does member things.
 */
public record WorkspaceContext(
        WorkspaceId workspaceId,
        String workspaceName,
        UserId userId,
        String userName,
        Role role,
        Set<UUID> guestPartnerships) {

    public WorkspaceContext {
        guestPartnerships = Set.copyOf(guestPartnerships);
    }

    /** A member with a role. */
    public WorkspaceContext(WorkspaceId workspaceId, String workspaceName, UserId userId, String userName, Role role) {
        this(workspaceId, workspaceName, userId, userName, role, Set.of());
    }

    /** A guest of these partnerships (at least one). */
    static WorkspaceContext guest(
            WorkspaceId workspaceId, String workspaceName, UserId userId, String userName, Set<UUID> partnerships) {
        if (partnerships.isEmpty()) {
            throw new IllegalArgumentException("A guest is a guest of at least one partnership");
        }
        return new WorkspaceContext(workspaceId, workspaceName, userId, userName, Role.VIEWER, partnerships);
    }

    public boolean isAdmin() {
        return !isGuest() && role.includes(Role.ADMIN);
    }

    /** Whether the caller is a partner-side guest rather than a member. */
    public boolean isGuest() {
        return !guestPartnerships.isEmpty();
    }

    /** Whether the caller may change the workspace's records as a member does (never a guest). */
    public boolean canWrite() {
        return !isGuest() && role.canWrite();
    }

    /** Whether the caller may see this partnership at all: every member may, a guest only their own. */
    public boolean canSeePartnership(UUID partnership) {
        return !isGuest() || guestPartnerships.contains(partnership);
    }

    /**
     * For guest-open routes that name a meeting or a commitment rather than the partnership: 404 unless the
     * caller may see the partnership it belongs to (a guest learns nothing about other partnerships).
     */
    public void requirePartnership(UUID partnership) {
        if (!canSeePartnership(partnership)) {
            throw new NotFound("problem.notFound");
        }
    }

    /** The member acting, as what they do is recorded (on timelines). */
    public Actor actor() {
        return new Actor(userId, userName);
    }
}
