package dev.tandem.shared;

import java.util.UUID;

/** What a timeline belongs to: one partnership, contact or organisation. */
public record TimelineSubject(Kind kind, UUID id) {

    public enum Kind {
        PARTNERSHIP,
        CONTACT,
        ORGANIZATION
    }

    public static TimelineSubject partnership(UUID id) {
        return new TimelineSubject(Kind.PARTNERSHIP, id);
    }

    public static TimelineSubject contact(UUID id) {
        return new TimelineSubject(Kind.CONTACT, id);
    }

    public static TimelineSubject organization(UUID id) {
        return new TimelineSubject(Kind.ORGANIZATION, id);
    }
}
