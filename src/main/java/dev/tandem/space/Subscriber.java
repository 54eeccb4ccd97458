package dev.tandem.space;

import dev.tandem.partnerships.Visibility;
import java.io.IOException;
import java.util.UUID;

/**
 * One open live stream: a browser (or API client) watching one partnership's space, what it may see (only shared
 * posts for a guest), and the last counter value it has been sent or skipped past. Sends are serialised here, as
 * the delivery thread and the heartbeat both write.
 */
final class Subscriber {

    final UUID partnershipId;
    final boolean sharedOnly;
    private final LiveClient client;
    private volatile long lastSeq;
    private volatile boolean open = true;

    Subscriber(UUID partnershipId, boolean sharedOnly, LiveClient client, long lastSeq) {
        this.partnershipId = partnershipId;
        this.sharedOnly = sharedOnly;
        this.client = client;
        this.lastSeq = lastSeq;
    }

    long lastSeq() {
        return lastSeq;
    }

    boolean open() {
        return open;
    }

    void close() {
        open = false;
    }

    /** Sends the post when it is this stream's to see, and moves past it either way. */
    synchronized void offer(Post post) {
        if (!open || post.seq() <= lastSeq) {
            return;
        }
        boolean visible =
                post.partnershipId().equals(partnershipId) && (!sharedOnly || post.visibility() == Visibility.SHARED);
        if (visible) {
            try {
                client.send(post.seq(), post);
            } catch (IOException | IllegalStateException e) {
                gone();
            }
        }
        lastSeq = post.seq();
    }

    /** Keeps proxies from closing an idle stream, and finds the ones whose browser has gone. */
    synchronized void heartbeat() {
        if (!open) {
            return;
        }
        try {
            client.ping();
        } catch (IOException | IllegalStateException e) {
            gone();
        }
    }

    void complete() {
        open = false;
        client.close();
    }

    /**
     * The stream failed a write: it is dropped from delivery at once. Its response is not completed from here: the
     * writing thread is the one delivery thread of every stream, and completing a response whose client has gone
     * waits on the container, which may be tearing that same response down; the container's error callback ends it.
     */
    private void gone() {
        open = false;
    }
}
