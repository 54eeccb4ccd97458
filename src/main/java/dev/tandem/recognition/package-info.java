/**
 * Recognition: the milestones of a partnership (what was achieved, when, the goals and key results it advanced, and
 * who contributed on each side) and kudos (a short thank-you to one person, on either side, for a contribution or a
 * milestone). Celebrating is prompted: the health index reads {@link dev.tandem.recognition.RecognitionFacts} to
 * notice a milestone that passed unremarked.
 *
 * <p>Publishes {@link dev.tandem.recognition.MilestoneReached} and {@link dev.tandem.recognition.KudosGiven} on the
 * timelines of the partnership and of the contacts concerned, and {@link dev.tandem.shared.PartnershipChanged} when a
 * milestone is edited or deleted. Listens to nothing. Depends on {@code shared}, {@code identity} (members),
 * {@code contacts} (names of contacts), {@code partnerships} (the partnership and its participants) and
 * {@code goals} (the goals and key results a milestone advanced).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "contacts", "partnerships", "goals"})
@org.jspecify.annotations.NullMarked
package dev.tandem.recognition;
