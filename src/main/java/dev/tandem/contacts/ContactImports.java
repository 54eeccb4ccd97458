package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What import and export need of the contacts: the handles to match rows against, checking, creating
 * in batches and merging in, reading all. The writing methods run in the caller's transaction, so
 * that an import is written whole or not at all, and refuse a row before writing anything of it.
 */
public interface ContactImports {

    /** A way a contact is recognised by: an email, a LinkedIn address, an X handle. */
    enum Handle {
        EMAIL,
        LINKEDIN,
        X
    }

    /** Receives each handle of each contact, as stored. */
    @FunctionalInterface
    interface HandleVisitor {
        void visit(UUID contactId, Handle kind, String value);
    }

    /** A contact to create with the id the import gave it (later rows of the file may merge into it). */
    record NewContact(UUID id, ContactDraft draft) {}

    /** The contact with this address among any of its emails, compared case-insensitively. */
    Optional<UUID> findByEmail(WorkspaceId workspace, String email);

    /** Every email, LinkedIn address and X handle of the workspace's contacts, streamed to {@code visitor}. */
    void handles(WorkspaceId workspace, HandleVisitor visitor);

    /** Refuses ({@code InvalidInput}) a draft that breaks the contact rules; writes nothing. */
    void check(ContactDraft draft);

    /**
     * Creates these contacts in batches. Each draft has passed {@link #check} and its emails are free
     * (a unique key that trips all the same fails the caller's transaction). A photo is kept as given.
     */
    void createAll(WorkspaceContext context, List<NewContact> contacts);

    /**
     * Merges a draft into an existing contact: adds emails, phones and tags it lacks, fills fields
     * that are empty, and never removes or overwrites what is there. Refuses ({@code InvalidInput})
     * before writing anything when the merged contact would break a rule; false when nothing changed.
     */
    boolean mergeInto(WorkspaceContext context, UUID contactId, ContactDraft draft);

    /** Every contact of the workspace, ordered by display name, as drafts (for export). */
    List<ContactDraft> exportAll(WorkspaceId workspace);
}
