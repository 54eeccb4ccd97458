package dev.tandem.partnerships;

import dev.tandem.contacts.ContactDirectory;
import dev.tandem.identity.Member;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.NotFound;
import dev.tandem.shared.UserId;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** Checks that the people and organisations a partnership names exist in its workspace (400 otherwise). */
@Component
class References {

    private final WorkspaceService workspaces;
    private final ContactDirectory contacts;

    References(WorkspaceService workspaces, ContactDirectory contacts) {
        this.workspaces = workspaces;
        this.contacts = contacts;
    }

    void check(WorkspaceContext context, PartnershipDetails details) {
        member(context, details.ownerId(), "ownerId");
        if (details.organizationId() != null
                && !contacts.organizationExists(context.workspaceId(), details.organizationId())) {
            throw new InvalidInput("partnership.organization.unknown").on("organizationId");
        }
        if (details.contactId() != null) {
            contact(context, details.contactId(), "contactId");
        }
    }

    Member member(WorkspaceContext context, UserId user, String field) {
        try {
            return workspaces.member(context, user);
        } catch (NotFound notMember) {
            throw new InvalidInput("partnership.member.unknown").on(field);
        }
    }

    void contact(WorkspaceContext context, UUID contactId, String field) {
        if (!contacts.contactExists(context.workspaceId(), contactId)) {
            throw new InvalidInput("partnership.contact.unknown").on(field);
        }
    }
}
