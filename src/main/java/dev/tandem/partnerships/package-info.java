/**
 * Partnerships, the central record of Tandem: counterpart, kind, stage and its history, owner,
 * participants on each side, purpose, values, check-in cadence, visibility, notes, and one timeline
 * of everything that happened.
 *
 * <p>The stage machine lives in the {@link dev.tandem.partnerships.Partnership} aggregate (see
 * {@link dev.tandem.partnerships.Stage}). Each change publishes a {@link dev.tandem.shared.TimelineEvent};
 * "last contacted" follows every interaction event about a partnership, whichever module publishes it.
 * Depends on {@code shared}, {@code identity} (members), {@code contacts} (names and existence of
 * contacts and organisations, merges) and {@code timeline} (reading a partnership's stream).
 */
@org.jspecify.annotations.NullMarked
package dev.tandem.partnerships;
