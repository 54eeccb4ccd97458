package dev.tandem.guests;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.GuestInvitation;
import dev.tandem.identity.GuestService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService.InviteResult;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipService;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.NotFound;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;

/**
 * The guests of a partnership as its members manage them: who was invited, with what became of each invitation,
 * and the addresses of the people on their side, whom one usually invites.
 */
@Service
public class GuestDirectory {

    /** Someone on their side with an address, not invited yet. */
    public record Suggestion(String name, String email) {}

    private final GuestService guests;
    private final PartnershipService partnerships;
    private final PartnershipParticipants participants;
    private final ContactDirectory contacts;

    GuestDirectory(
            GuestService guests,
            PartnershipService partnerships,
            PartnershipParticipants participants,
            ContactDirectory contacts) {
        this.guests = guests;
        this.partnerships = partnerships;
        this.participants = participants;
        this.contacts = contacts;
    }

    public List<GuestInvitation> invitations(WorkspaceContext context, UUID partnership) {
        requireMember(context);
        partnerships.require(context, partnership);
        return guests.invitations(context, partnership);
    }

    /** Their side's people (and the counterpart contact) with an address, who have no open or accepted invitation. */
    public List<Suggestion> suggestions(WorkspaceContext context, UUID partnership, List<GuestInvitation> invited) {
        var view = partnerships.get(context, partnership);
        var people = new LinkedHashSet<UUID>();
        participants.list(context, partnership).stream()
                .filter(p -> p.participant().side() == Side.THEIRS)
                .forEach(p -> people.add(p.participant().personId()));
        UUID counterpart = view.partnership().details().contactId();
        if (counterpart != null) {
            people.add(counterpart);
        }
        var emails = contacts.primaryEmails(context.workspaceId(), people);
        var names = contacts.contactNames(context.workspaceId(), people);
        var taken = invited.stream()
                .filter(GuestInvitation::revocable)
                .map(i -> i.email().toLowerCase())
                .toList();
        var suggestions = new ArrayList<Suggestion>();
        for (UUID person : people) {
            String email = emails.get(person);
            if (email != null && !taken.contains(email.toLowerCase())) {
                suggestions.add(new Suggestion(names.getOrDefault(person, email), email));
            }
        }
        return suggestions;
    }

    /** Invites the address to be a guest; the result holds the link, for the inviter to pass on when not mailed. */
    public InviteResult invite(WorkspaceContext context, UUID partnership, String email) {
        requireMember(context);
        var view = partnerships.get(context, partnership);
        return guests.invite(context, partnership, view.partnership().name(), email);
    }

    public void revoke(WorkspaceContext context, UUID partnership, UUID invitation) {
        requireMember(context);
        partnerships.require(context, partnership);
        guests.revoke(context, partnership, invitation);
    }

    private static void requireMember(WorkspaceContext context) {
        if (context.isGuest()) {
            throw new NotFound("problem.notFound");
        }
    }
}
