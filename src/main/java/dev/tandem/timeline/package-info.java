/**
 * One chronological stream per partnership, contact and organisation of everything that happened
 * to it, each line in the reader's language. The extension point of the other modules: it depends
 * on none of them.
 *
 * <p>Listens to every {@link dev.tandem.shared.TimelineEvent} (the past-tense records of the other
 * modules: {@code partnerships.StageChanged}, {@code rhythm.MeetingHeld}, {@code goals.GoalAchieved},
 * …) and records it, in the publishing transaction, once per subject with its message key and typed
 * arguments; to every {@link dev.tandem.shared.SubjectDeleted}, and forgets that subject's stream.
 * Publishes nothing. No module writes its tables; they read through {@link dev.tandem.timeline.Timeline}.
 * Depends only on {@code shared}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
@org.jspecify.annotations.NullMarked
package dev.tandem.timeline;
