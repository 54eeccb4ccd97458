package dev.tandem.notify;

/** What a notification is about; each member chooses the kinds they want in the app and by mail. */
public enum NotificationKind {
    SIGNAL_RAISED,
    COMMITMENT_DUE,
    COMMITMENT_OVERDUE,
    MEETING_SOON,
    PARTNER_POSTED,
    INVITATION_ACCEPTED,
    SURVEY_ANSWERED;

    /** The label of the kind on the preferences page, a key of the notify bundle. */
    public String labelKey() {
        return "notify.kind." + name();
    }

    /** The notification's text, filled with its subject, detail and day. */
    public String messageKey() {
        return "notify.text." + name();
    }
}
