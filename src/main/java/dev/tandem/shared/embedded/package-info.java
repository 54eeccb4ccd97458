/**
 * The embedded database: a PostgreSQL server Tandem starts itself when no database is configured (ADR 0009).
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.shared.embedded;
