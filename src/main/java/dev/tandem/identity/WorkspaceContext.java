package dev.tandem.identity;

import dev.tandem.shared.Actor;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;

/**
 * The workspace a request acts in, the member acting (with the name they go by, for what they leave on
 * timelines) and their role. Only the central workspace access check creates one, so a handler that declares
 * it as a parameter has been checked already.
 */
public record WorkspaceContext(WorkspaceId workspaceId, String workspaceName, UserId userId, String userName,
        Role role) {

    public boolean isAdmin() {
        return role.includes(Role.ADMIN);
    }

    /** Whether the caller is a partner-side guest rather than a member (guests arrive with issue 19). */
    public boolean isGuest() {
        return false;
    }

    public boolean canWrite() {
        return role.canWrite();
    }

    /** The member acting, as what they do is recorded (on timelines). */
    public Actor actor() {
        return new Actor(userId, userName);
    }
}
