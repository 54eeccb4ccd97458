/**
 * One chronological stream per partnership, contact and organisation of everything that happened
 * to it. The extension point of the other modules: they publish {@link
 * dev.tandem.shared.TimelineEvent}s and this module records them; it reads no other module's
 * tables and no module writes its own. Depends on {@code shared} alone: an event carries the name
 * of who acted, so nothing is looked up when it is recorded or read. {@code partnerships} and
 * {@code contacts} read a subject's timeline through {@link dev.tandem.timeline.Timeline}, and move
 * or drop it when a record is merged or deleted.
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.timeline;
