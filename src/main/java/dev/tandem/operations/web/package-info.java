/** The instance administrators' page and API: the database and its backups. */
@org.jspecify.annotations.NullMarked
package dev.tandem.operations.web;
