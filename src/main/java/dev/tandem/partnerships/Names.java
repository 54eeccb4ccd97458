package dev.tandem.partnerships;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.Member;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.UserId;
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

    /** Every member's display name by user id, for pickers that offer them all. */
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

    /** Display names of the given members (one query); those who left the workspace are left out. */
    Map<UUID, String> members(WorkspaceId workspace, Collection<UserId> users) {
        var known = users.stream().distinct().toList();
        if (known.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> names = new HashMap<>();
        workspaces.memberNames(workspace, known).forEach((user, name) -> names.put(user.value(), name));
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
