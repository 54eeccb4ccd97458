package dev.tandem.recognition;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.partnerships.Side;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** The names of the people recognition speaks of: members on our side, contacts on theirs. */
@Component
class People {

    private final ContactDirectory contacts;
    private final WorkspaceService workspaces;

    People(ContactDirectory contacts, WorkspaceService workspaces) {
        this.contacts = contacts;
        this.workspaces = workspaces;
    }

    /** Names by contributor; someone no longer known is left out. */
    Map<Contributor, String> names(WorkspaceId ws, Collection<Contributor> people) {
        var theirs = people.stream()
                .filter(c -> c.side() == Side.THEIRS)
                .map(Contributor::personId)
                .toList();
        var ours = people.stream()
                .filter(c -> c.side() == Side.OURS)
                .map(c -> UserId.of(c.personId()))
                .toList();
        Map<Contributor, String> names = new HashMap<>();
        if (!theirs.isEmpty()) {
            contacts.contactNames(ws, theirs).forEach((id, name) -> names.put(new Contributor(Side.THEIRS, id), name));
        }
        if (!ours.isEmpty()) {
            workspaces
                    .memberNames(ws, ours)
                    .forEach((id, name) -> names.put(new Contributor(Side.OURS, id.value()), name));
        }
        return names;
    }

    Map<UUID, String> memberNames(WorkspaceId ws, Collection<UserId> ids) {
        Map<UUID, String> names = new HashMap<>();
        workspaces.memberNames(ws, ids).forEach((id, name) -> names.put(id.value(), name));
        return names;
    }
}
