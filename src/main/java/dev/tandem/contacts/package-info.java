/**
 * People and organisations: contacts with their emails, phones, channels, organisation, tags,
 * language and time zone, "how we met", notes; search; duplicate detection and merge.
 *
 * <p>Publishes, inside the change's transaction: {@link dev.tandem.contacts.ContactAdded},
 * {@link dev.tandem.contacts.ContactUpdated}, {@link dev.tandem.contacts.ContactNoteAdded} (a shared note
 * is an interaction), {@link dev.tandem.contacts.OrganizationAdded},
 * {@link dev.tandem.contacts.OrganizationUpdated} — all timeline events — and
 * {@link dev.tandem.contacts.ContactsMerged}, for modules that keep rows about a contact to re-point them.
 * Listens to every interaction ({@link dev.tandem.shared.TimelineEvent#interaction()}) to keep
 * "last contacted" of each contact it concerns. Depends on {@code shared}, {@code identity} and
 * {@code timeline} (reading and re-pointing a contact's stream).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "timeline"})
@org.jspecify.annotations.NullMarked
package dev.tandem.contacts;
