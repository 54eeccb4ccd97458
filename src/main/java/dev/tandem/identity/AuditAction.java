package dev.tandem.identity;

/** Security-relevant things that happen in a workspace. */
public enum AuditAction {
    SIGNED_UP,
    LOGGED_IN,
    LOGIN_FAILED,
    PASSWORD_CHANGED,
    PASSWORD_RESET,
    TOKEN_CREATED,
    TOKEN_REVOKED,
    WORKSPACE_CREATED,
    WORKSPACE_RENAMED,
    MEMBER_INVITED,
    INVITATION_REVOKED,
    MEMBER_JOINED,
    ROLE_CHANGED,
    MEMBER_REMOVED,
    MEMBER_LEFT,
    DATA_EXPORTED,
    RECORD_DELETED,
    SETTINGS_CHANGED
}
