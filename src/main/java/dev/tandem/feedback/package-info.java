/**
 * Feedback: the partner's voice. Pulse surveys sent by single-use links to chosen people of one or many
 * partnerships (their side's contacts, guests, our members), answered without an account in the respondent's
 * language, with results per partnership and round and their trend over rounds. The health index reads
 * {@link dev.tandem.feedback.FeedbackFacts} for its satisfaction factor and the "satisfaction dropping" signal.
 * Stories ({@link dev.tandem.feedback.StoryService}): what a partnership meant, told by members, guests (from the
 * partner view, always SHARED) or respondents through a pulse link; the health index reads
 * {@link dev.tandem.feedback.StoryFacts} as evidence of "growing together".
 *
 * <p>Publishes {@link dev.tandem.feedback.PulseRoundSent}, {@link dev.tandem.feedback.PulseAnswered} and
 * {@link dev.tandem.feedback.StoryRecorded} on the
 * timelines of the partnerships concerned (and of the contact who answered). Listens to nothing. Depends on
 * {@code shared}, {@code identity} (members, guests, the workspace context), {@code contacts} (emails and preferred
 * languages) and {@code partnerships} (the partnerships and their participants).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "contacts", "partnerships"})
@org.jspecify.annotations.NullMarked
package dev.tandem.feedback;
