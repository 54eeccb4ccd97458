package dev.tandem.shared;

/**
 * The version of a record that a write is based on. The write happens only if the record still has that version
 * (the update statement itself checks it), so a concurrent change is never overwritten unseen. A version the client
 * sent as {@code If-Match} that no longer holds is a {@link PreconditionFailed} (412); one read by the server or
 * carried by a form is a {@link Conflict} (409).
 */
public record BasedOn(long version, boolean ifMatch) {

    /** A version the API client sent in {@code If-Match}. */
    public static BasedOn ifMatch(long version) {
        return new BasedOn(version, true);
    }

    /** A version the server read before applying a partial change, or that an edit form carried. */
    public static BasedOn read(long version) {
        return new BasedOn(version, false);
    }

    /** The refusal for a write whose version no longer holds. */
    public Refusal stale(ChangedMeanwhile now) {
        return ifMatch ? new PreconditionFailed(now) : Conflict.changedMeanwhile(now);
    }
}
