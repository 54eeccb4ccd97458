package dev.tandem.contacts.web;

import dev.tandem.contacts.VersionedRecord;
import dev.tandem.contacts.VersionedRecords;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.web.ETags;
import dev.tandem.shared.web.IfMatch;
import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/**
 * The answers of the API for a record with a path and a version of its own, alike for contacts and organisations:
 * 201 with the new record's Location, the record with its ETag, a replacement only at the version If-Match names,
 * 204 for a deletion. The controllers keep what differs: paths, parameters and their description.
 */
final class VersionedEndpoints<T extends VersionedRecord, I> {

    private final String collection;
    private final VersionedRecords<T, I> records;

    /** {@code collection}: the path segment of the records below the workspace, e.g. {@code contacts}. */
    VersionedEndpoints(String collection, VersionedRecords<T, I> records) {
        this.collection = collection;
        this.records = records;
    }

    ResponseEntity<T> create(WorkspaceContext workspace, I input) {
        T created = records.create(workspace, input);
        return ResponseEntity.created(URI.create(
                        "/api/v1/workspaces/" + workspace.workspaceId() + "/" + collection + "/" + created.id()))
                .body(created);
    }

    ResponseEntity<T> one(WorkspaceContext workspace, UUID id) {
        return tagged(records.get(workspace, id));
    }

    ResponseEntity<T> replace(WorkspaceContext workspace, UUID id, IfMatch ifMatch, I input) {
        return tagged(records.update(workspace, id, ifMatch.basedOn(), input));
    }

    ResponseEntity<Void> delete(WorkspaceContext workspace, UUID id) {
        records.delete(workspace, id);
        return ResponseEntity.noContent().build();
    }

    private ResponseEntity<T> tagged(T record) {
        return ETags.ok(record, record.version());
    }
}
