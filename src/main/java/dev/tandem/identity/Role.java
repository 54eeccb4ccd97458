package dev.tandem.identity;

/** A member's role in a workspace, strongest first. */
public enum Role {
    OWNER,
    ADMIN,
    MEMBER,
    VIEWER;

    /** Whether this role is at least as strong as {@code other}. */
    public boolean includes(Role other) {
        return ordinal() <= other.ordinal();
    }

    public boolean canWrite() {
        return this != VIEWER;
    }
}
