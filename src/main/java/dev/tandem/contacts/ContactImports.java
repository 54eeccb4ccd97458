package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** What import and export need of the contacts: find by email, create, merge in, read all. */
public interface ContactImports {

    /** The contact with this address among any of its emails, compared case-insensitively. */
    Optional<UUID> findByEmail(WorkspaceId workspace, String email);

    /** Creates a contact; refuses ({@code InvalidInput}) a draft that breaks the contact rules. */
    UUID create(WorkspaceContext context, ContactDraft draft);

    /**
     * Merges a draft into an existing contact: adds emails, phones and tags it lacks, fills fields
     * that are empty, and never removes or overwrites what is there.
     */
    void mergeInto(WorkspaceContext context, UUID contactId, ContactDraft draft);

    /** Every contact of the workspace, ordered by display name, as drafts (for export). */
    List<ContactDraft> exportAll(WorkspaceId workspace);
}
