package dev.tandem.partnerships;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.Member;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.WorkspaceId;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Names of the people and organisations a page of partnerships mentions, fetched in bulk so that a
 * list costs a fixed number of queries whatever its length.
 */
@Component
class Names {

    private final WorkspaceService workspaces;
    private final ContactDirectory contacts;

    Names(WorkspaceService workspaces, ContactDirectory contacts) {
        this.workspaces = workspaces;
        this.contacts = contacts;
    }

    /**
     * Every member's display name by user id. Identity offers no lookup by ids, and a workspace has
     * few members (a page of 200 holds them all but in the largest teams).
     */
    Map<UUID, String> members(WorkspaceContext context) {
        Map<UUID, String> names = new HashMap<>();
        String cursor = null;
        do {
            var page = workspaces.members(context, PageRequest.of(PageRequest.MAX_LIMIT, cursor));
            for (Member member : page.items()) {
                names.put(member.userId().value(), member.displayName());
            }
            cursor = page.nextCursor();
        } while (cursor != null);
        return names;
    }

    Map<UUID, String> contacts(WorkspaceId workspace, Collection<@Nullable UUID> ids) {
        var known = ids.stream().filter(Objects::nonNull).distinct().toList();
        return known.isEmpty() ? Map.of() : contacts.contactNames(workspace, known);
    }

    Map<UUID, String> organizations(WorkspaceId workspace, Collection<@Nullable UUID> ids) {
        var known = ids.stream().filter(Objects::nonNull).distinct().toList();
        return known.isEmpty() ? Map.of() : contacts.organizationNames(workspace, known);
    }
}
