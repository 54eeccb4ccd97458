package dev.tandem.partnerships;

import dev.tandem.shared.TimelineSubject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Someone taking part in a partnership, with their role in it.
 *
 * @param personId a member's user id on {@link Side#OURS}, a contact id on {@link Side#THEIRS}
 */
public record Participant(UUID id, UUID partnershipId, Side side, UUID personId, String role, Instant addedAt) {

    public static final int ROLE_LENGTH = 100;
    public static final int MAX_PER_PARTNERSHIP = 100;

    /** The timelines a change of participant goes on: the partnership's, and the contact's on their side. */
    static List<TimelineSubject> timelines(UUID partnershipId, Side side, UUID personId) {
        return side == Side.THEIRS
                ? List.of(TimelineSubject.partnership(partnershipId), TimelineSubject.contact(personId))
                : List.of(TimelineSubject.partnership(partnershipId));
    }
}
