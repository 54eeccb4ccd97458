package dev.tandem.rhythm;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.Involvement;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.shared.UserId;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * What is a member's in one workspace: the partnerships they own or take part in on our side. Their
 * meetings are those of these partnerships; the commitments they owe are ours, owned by one of their
 * participations, or owned by nobody in a partnership they own.
 */
record Mine(List<Involvement> involvements) {

    static Mine of(PartnershipParticipants participants, WorkspaceContext context, UserId user) {
        return new Mine(participants.involving(context, user));
    }

    List<UUID> partnerships() {
        return involvements.stream().map(Involvement::partnershipId).distinct().toList();
    }

    List<UUID> participations() {
        return involvements.stream()
                .map(Involvement::participantId)
                .filter(Objects::nonNull)
                .toList();
    }

    List<UUID> owned() {
        return involvements.stream()
                .filter(Involvement::owns)
                .map(Involvement::partnershipId)
                .distinct()
                .toList();
    }
}
