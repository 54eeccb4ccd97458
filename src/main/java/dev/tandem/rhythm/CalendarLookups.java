package dev.tandem.rhythm;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.partnerships.ParticipantView;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.PartnershipParticipants;
import dev.tandem.partnerships.PartnershipRef;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.UserId;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Reads a {@link CalendarDirectory} in a fixed number of queries, however many meetings and people a calendar has:
 * each kind of name by whole keys, once.
 */
@Component
class CalendarLookups {

    private final PartnershipFacts partnerships;
    private final PartnershipParticipants participants;
    private final WorkspaceService workspaces;
    private final ContactDirectory contacts;

    CalendarLookups(
            PartnershipFacts partnerships,
            PartnershipParticipants participants,
            WorkspaceService workspaces,
            ContactDirectory contacts) {
        this.partnerships = partnerships;
        this.participants = participants;
        this.workspaces = workspaces;
        this.contacts = contacts;
    }

    /** The names for events of these partnerships, organised by these members. */
    CalendarDirectory read(WorkspaceContext context, Collection<UUID> partnershipIds, Collection<UUID> organisers) {
        var refs = partnerships.refs(context.workspaceId(), partnershipIds);
        var taking = participants.ofKnown(context, refs.keySet());
        Set<UserId> members = new HashSet<>();
        Set<UUID> theirs = new HashSet<>();
        organisers.forEach(user -> members.add(UserId.of(user)));
        refs.values().stream().map(PartnershipRef::ownerId).forEach(members::add);
        taking.values().stream()
                .flatMap(List::stream)
                .map(ParticipantView::participant)
                .forEach(p -> {
                    if (p.side() == Side.OURS) {
                        members.add(UserId.of(p.personId()));
                    } else {
                        theirs.add(p.personId());
                    }
                });
        return new CalendarDirectory(
                context.workspaceId(),
                refs,
                taking,
                workspaces.members(context, members),
                contacts.primaryEmails(context.workspaceId(), theirs));
    }
}
