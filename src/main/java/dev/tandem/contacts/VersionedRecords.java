package dev.tandem.contacts;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.BasedOn;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The four things the contacts and organisations of a workspace answer alike: create, read, replace at a version
 * and delete. {@code T} is the record, {@code I} what a person writes of it.
 */
public interface VersionedRecords<T extends VersionedRecord, I> {

    /** Creates a record; 400 for a broken rule, 409 for one that clashes with another record. */
    T create(WorkspaceContext ctx, I input);

    /** The record, or 404 when it is not in the workspace. */
    T get(WorkspaceContext ctx, UUID id);

    /**
     * Replaces the record with {@code input} if it still has the version {@code basedOn} (null: the version read
     * now); a version that no longer holds writes nothing and is refused, naming who changed it and what differs.
     */
    T update(WorkspaceContext ctx, UUID id, @Nullable BasedOn basedOn, I input);

    /** Deletes the record; 404 when it is not in the workspace. */
    void delete(WorkspaceContext ctx, UUID id);
}
