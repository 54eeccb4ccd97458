package dev.tandem.contacts;

import java.util.UUID;

/** A record of this module the API serves on its own path, changed only at the version it was read at. */
public interface VersionedRecord {

    UUID id();

    /** The version a change is based on: the HTTP ETag. */
    long version();
}
