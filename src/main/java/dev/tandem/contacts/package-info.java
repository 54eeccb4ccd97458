/**
 * People and organisations: contacts with their emails, phones, channels, organisation, tags,
 * language and time zone, "how we met", notes; search; duplicate detection and merge.
 * Depends on {@code shared}, {@code identity} and {@code timeline}.
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.contacts;
