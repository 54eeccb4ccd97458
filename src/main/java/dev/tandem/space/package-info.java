/**
 * The shared space of a partnership: a feed where both sides post updates, ask questions (one reply marked as the
 * answer) and share resources (a link with its title, or a file), with one level of replies; edited and deleted by
 * their authors, a deleted post leaving a trace. Members post from our side, the partnership's guests from theirs;
 * a post is shared by default, and guests never see an internal one.
 *
 * <p>Files live in the database ({@link dev.tandem.space.SharedFiles}): bounded in size and per workspace, typed
 * from their content, thumbnails for images. Pages and API clients follow the space live through Server-Sent
 * Events ({@link dev.tandem.space.SpaceStreams}), fanned out between nodes through the database (PostgreSQL
 * {@code LISTEN/NOTIFY}, polling on H2) and resumable from {@code Last-Event-ID}. Unread counts per reader
 * ({@link dev.tandem.space.SpaceReading}).
 *
 * <p>Publishes the timeline events {@link dev.tandem.space.PostPublished}, {@link dev.tandem.space.ResourceShared}
 * and {@link dev.tandem.space.QuestionAnswered} (a shared one is an interaction). Listens to
 * {@link dev.tandem.recognition.KudosGiven}: SHARED kudos become a post of the feed. Depends on {@code shared},
 * {@code identity} (the workspace context: member or guest), {@code partnerships} (the partnership exists and the
 * caller may see it; sides and visibility) and {@code recognition} (its kudos event).
 */
@org.springframework.modulith.ApplicationModule(
        allowedDependencies = {"shared", "identity", "partnerships", "recognition"})
@org.jspecify.annotations.NullMarked
package dev.tandem.space;
