package dev.tandem.contacts;

/** Two contacts that may be one person, and why: the same normalised name, or the same phone. */
public record DuplicatePair(ContactSummary first, ContactSummary second, Reason reason) {

    public enum Reason {
        NAME,
        PHONE
    }
}
