/**
 * The database schema's guard: Flyway brings an older schema up to this release at start-up, and a schema that a
 * newer release has already migrated is refused, with a message saying what to do, rather than used.
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.shared.schema;
