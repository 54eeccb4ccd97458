package dev.tandem.space;

import java.util.List;

/** A post with its replies, oldest reply first. */
public record PostThread(Post post, List<Post> replies) {

    public PostThread {
        replies = List.copyOf(replies);
    }
}
