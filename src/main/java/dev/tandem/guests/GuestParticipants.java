package dev.tandem.guests;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.GuestService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.Side;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Which of their side's participants the calling guest is: the one whose contact's address is the guest's account
 * address or the address they were invited at. A guest who is no participant (or a member) is nobody here.
 */
@Component
class GuestParticipants {

    private final GuestService guests;
    private final ContactDirectory contacts;

    GuestParticipants(GuestService guests, ContactDirectory contacts) {
        this.guests = guests;
        this.contacts = contacts;
    }

    Optional<UUID> of(WorkspaceContext context, UUID partnership, List<ParticipantView> people) {
        var addresses = guests.addresses(context, partnership);
        if (addresses.isEmpty()) {
            return Optional.empty();
        }
        var theirs = people.stream()
                .map(ParticipantView::participant)
                .filter(p -> p.side() == Side.THEIRS)
                .toList();
        var emails = contacts.primaryEmails(
                context.workspaceId(), theirs.stream().map(p -> p.personId()).toList());
        return theirs.stream()
                .filter(p -> {
                    String email = emails.get(p.personId());
                    return email != null && addresses.contains(email.toLowerCase(Locale.ROOT));
                })
                .map(p -> p.id())
                .findFirst();
    }
}
