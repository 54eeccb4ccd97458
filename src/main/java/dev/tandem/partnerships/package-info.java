/**
 * Partnerships, the central record of Tandem: counterpart, kind, stage and its history, owner,
 * participants on each side, purpose, values, check-in cadence, visibility, notes, and one timeline
 * of everything that happened.
 *
 * <p>The stage machine lives in the {@link dev.tandem.partnerships.Partnership} aggregate (see
 * {@link dev.tandem.partnerships.Stage}). Publishes, inside the change's transaction, the timeline events
 * {@link dev.tandem.partnerships.PartnershipCreated}, {@link dev.tandem.partnerships.PartnershipUpdated},
 * {@link dev.tandem.partnerships.ValuesStated}, {@link dev.tandem.partnerships.StageChanged}, {@link dev.tandem.partnerships.PartnershipNoteAdded}
 * (a shared note is an interaction), {@link dev.tandem.partnerships.ParticipantAdded} and
 * {@link dev.tandem.partnerships.ParticipantRemoved}; and {@link dev.tandem.partnerships.PartnershipDeleted}
 * once a partnership and every row hanging off it are gone (other modules' tables follow through foreign
 * keys that cascade, ADR 0008). Listens to every interaction ({@link
 * dev.tandem.shared.TimelineEvent#interaction()}), whichever module publishes it, to keep "last contacted",
 * and to {@link dev.tandem.contacts.ContactsMerged} to re-point participants and counterparts.
 * Depends on {@code shared}, {@code identity} (members), {@code contacts} (names and existence of
 * contacts and organisations, merges) and {@code timeline} (reading a partnership's stream).
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {"shared", "identity", "contacts", "timeline"})
@org.jspecify.annotations.NullMarked
package dev.tandem.partnerships;
