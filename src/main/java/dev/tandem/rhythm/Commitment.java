package dev.tandem.rhythm;

import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Something one side promised, by a date: the aggregate that guards its own rules. It says what (required, within
 * its limit); it is delivered on a day that has come (a commitment may be recorded after the fact, so that day may
 * come before the day it was recorded); dropping or reopening it forgets that day. {@code ownerId} is the participant who owns it (on the owning side), {@code meetingId} the meeting whose
 * action item it was, when it came from one. Days are in UTC. Every change raises its {@code version}; a change
 * based on an older one is refused, never lost.
 */
public record Commitment(
        UUID id,
        UUID partnershipId,
        @Nullable UUID meetingId,
        String what,
        OwnerSide ownerSide,
        @Nullable UUID ownerId,
        LocalDate dueOn,
        CommitmentStatus status,
        @Nullable LocalDate doneOn,
        UserId createdBy,
        Instant createdAt,
        long version,
        @Nullable UserId updatedBy,
        @Nullable Instant updatedAt) {

    public static final int WHAT_LENGTH = 500;

    /** A new, open commitment. */
    static Commitment make(
            UUID partnershipId,
            @Nullable UUID meetingId,
            String what,
            OwnerSide side,
            @Nullable UUID ownerId,
            LocalDate dueOn,
            UserId by,
            Instant now) {
        return new Commitment(
                Ids.next(),
                partnershipId,
                meetingId,
                checked(what),
                side,
                ownerId,
                dueOn,
                CommitmentStatus.OPEN,
                null,
                by,
                now,
                0,
                by,
                now);
    }

    /** Delivered, on or before the due date. */
    public boolean onTime() {
        return status == CommitmentStatus.DONE && doneOn != null && !doneOn.isAfter(dueOn);
    }

    public boolean overdue(LocalDate today) {
        return status == CommitmentStatus.OPEN && dueOn.isBefore(today);
    }

    /** The same promise, reworded or handed to another owner on the same side. */
    Commitment describe(String newWhat, @Nullable UUID newOwner) {
        return with(checked(newWhat), newOwner, dueOn, status, doneOn);
    }

    /** Due on another day; later while it is open means it {@link #slippedFrom slipped}. */
    Commitment reschedule(LocalDate newDue) {
        return with(what, ownerId, newDue, status, doneOn);
    }

    /** Delivered on {@code on}, a day that has come: not after {@code today}. */
    Commitment deliver(LocalDate on, LocalDate today) {
        if (on.isAfter(today)) {
            throw new InvalidInput("rhythm.commitment.doneInFuture").on("doneOn");
        }
        return with(what, ownerId, dueOn, CommitmentStatus.DONE, on);
    }

    Commitment drop() {
        return with(what, ownerId, dueOn, CommitmentStatus.DROPPED, null);
    }

    Commitment reopen() {
        return with(what, ownerId, dueOn, CommitmentStatus.OPEN, null);
    }

    /** Whether, open, it is now due later than {@code before} was. */
    boolean slippedFrom(Commitment before) {
        return status == CommitmentStatus.OPEN && dueOn.isAfter(before.dueOn);
    }

    private Commitment with(
            String newWhat,
            @Nullable UUID newOwner,
            LocalDate newDue,
            CommitmentStatus newStatus,
            @Nullable LocalDate newDone) {
        return new Commitment(
                id,
                partnershipId,
                meetingId,
                newWhat,
                ownerSide,
                newOwner,
                newDue,
                newStatus,
                newDone,
                createdBy,
                createdAt,
                version,
                updatedBy,
                updatedAt);
    }

    /** The commitment as written by {@code by} at {@code at}, one version on. */
    Commitment written(UserId by, Instant at) {
        return new Commitment(
                id,
                partnershipId,
                meetingId,
                what,
                ownerSide,
                ownerId,
                dueOn,
                status,
                doneOn,
                createdBy,
                createdAt,
                version + 1,
                by,
                at);
    }

    private static String checked(String text) {
        String what = text.strip();
        if (what.isEmpty()) {
            throw new InvalidInput("validation.required").on("what");
        }
        if (what.length() > WHAT_LENGTH) {
            throw new InvalidInput("rhythm.tooLong", WHAT_LENGTH).on("what");
        }
        return what;
    }
}
