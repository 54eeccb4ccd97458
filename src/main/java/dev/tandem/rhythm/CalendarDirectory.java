package dev.tandem.rhythm;

import dev.tandem.identity.Member;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipRef;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Who and what the events of one workspace name: partnerships, their participants, members (organisers and our
 * side) and the email of each contact taking part. Read at once by {@link CalendarLookups}; whatever is not here
 * is gone or in another workspace, and is left out.
 */
record CalendarDirectory(
        WorkspaceId workspace,
        Map<UUID, PartnershipRef> partnerships,
        Map<UUID, List<ParticipantView>> participants,
        Map<UserId, Member> members,
        Map<UUID, String> contactEmails) {

    @Nullable
    PartnershipRef partnership(UUID id) {
        return partnerships.get(id);
    }

    List<ParticipantView> participantsOf(UUID partnership) {
        return participants.getOrDefault(partnership, List.of());
    }

    @Nullable
    Member member(UUID user) {
        return members.get(UserId.of(user));
    }

    @Nullable
    String contactEmail(UUID contact) {
        return contactEmails.get(contact);
    }
}
