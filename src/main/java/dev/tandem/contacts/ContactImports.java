package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.WorkspaceId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

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

    /** Contacts whose rows are made and not yet written: what {@link #prepare} gives {@link #createAll}. */
    sealed interface Prepared permits ContactBatch.Prepared {}

    /**
     * Makes the rows of these contacts without touching the database, so that an import can prepare its next chunk
     * on another thread while the current one is written. Each draft has passed {@link #check}.
     */
    Prepared prepare(WorkspaceId workspace, List<NewContact> contacts);

    /**
     * Creates the contacts prepared in batches. Their emails are free (a unique key that trips all the same fails
     * the caller's transaction). A photo is kept as given.
     */
    void createAll(WorkspaceContext context, Prepared contacts);

    /** A draft to merge into the existing contact {@code contactId}. */
    record Merge(UUID contactId, ContactDraft draft) {}

    /**
     * Merges each draft, in order, into its existing contact: adds emails, phones and tags it lacks, fills fields
     * that are empty, and never removes or overwrites what is there. The contacts and the owners of the drafts'
     * emails are read once for all of them. Returns, for each merge, the refusal ({@code InvalidInput}) of a draft
     * whose merged contact would break a rule, written nothing of, or null when it was merged (or changed nothing).
     */
    List<@Nullable InvalidInput> mergeAll(WorkspaceContext context, List<Merge> merges);

    /** Every contact of the workspace, ordered by display name, as drafts (for export). */
    List<ContactDraft> exportAll(WorkspaceId workspace);
}
