package dev.tandem.contacts.web;

import org.jspecify.annotations.Nullable;

/** A form for a record with a version: what it becomes as input, and the version the edit form was opened on. */
interface RecordForm<I> {

    I toInput();

    /** Null on a new record. */
    @Nullable
    Long getVersion();

    void setVersion(@Nullable Long version);
}
