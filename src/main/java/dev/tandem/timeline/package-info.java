/**
 * One chronological stream per partnership, contact and organisation of everything that happened
 * to it. The extension point of the other modules: they publish {@link
 * dev.tandem.shared.TimelineEvent}s and this module records them; it reads no other module's
 * tables and no module writes its own. Depends on {@code shared} and on {@code identity} (for
 * the names of who acted).
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.timeline;
