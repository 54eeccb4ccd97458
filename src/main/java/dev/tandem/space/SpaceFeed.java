package dev.tandem.space;

import dev.tandem.shared.Page;
import dev.tandem.shared.UserId;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A page of a partnership's space as one reader sees it: the threads, the counter value it was read at (what the
 * reader has seen once the page is shown), and since when there is something new for them: {@code newSince} is
 * their last visit (null on a first visit), {@code newCount} how many posts and replies by others came after it.
 */
public record SpaceFeed(
        Page<PostThread> threads, long seq, @Nullable Instant lastVisit, long seenSeq, int newCount) {

    /** Whether a post came after the reader's last visit, from someone else. */
    public boolean isNew(Post post, UserId reader) {
        return lastVisit != null && post.createdSeq() > seenSeq && !post.writtenBy(reader);
    }
}
