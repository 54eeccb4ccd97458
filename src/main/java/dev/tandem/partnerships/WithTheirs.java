package dev.tandem.partnerships;

import java.util.Set;
import java.util.UUID;

/** A partnership and the participant ids of their side. */
public record WithTheirs(Partnership partnership, Set<UUID> theirParticipants) {

    public WithTheirs {
        theirParticipants = Set.copyOf(theirParticipants);
    }
}
