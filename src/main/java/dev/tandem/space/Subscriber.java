package dev.tandem.space;

import dev.tandem.partnerships.Visibility;
import java.io.IOException;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One open live stream: a browser (or API client) watching one partnership's space, what it may see (only shared
 * posts for a guest), and the last counter value it has been offered or skipped past. What it is offered waits in
 * an outbox of its own and is written by one sender task at a time: a client that reads slowly, or a connection
 * the container is tearing down, holds up its own stream and never the delivery of every other one.
 */
final class Subscriber {

    /**
     * Posts a stream may have waiting before it is dropped; the browser then reconnects with the last id it got and
     * reads the rest from the database.
     */
    static final int OUTBOX_LIMIT = 1_000;

    final UUID partnershipId;
    final boolean sharedOnly;
    private final LiveClient client;
    private final Executor senders;
    private final Queue<Post> outbox = new ConcurrentLinkedQueue<>();
    private final AtomicInteger waiting = new AtomicInteger();
    private final AtomicBoolean pingWanted = new AtomicBoolean();
    private final AtomicBoolean sending = new AtomicBoolean();
    private volatile long lastSeq;
    private volatile boolean open = true;

    Subscriber(UUID partnershipId, boolean sharedOnly, LiveClient client, Executor senders, long lastSeq) {
        this.partnershipId = partnershipId;
        this.sharedOnly = sharedOnly;
        this.client = client;
        this.senders = senders;
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
        outbox.clear();
    }

    /**
     * Queues the post when it is this stream's to see, and moves past it either way. Called by the one delivery
     * thread, in counter order.
     */
    void offer(Post post) {
        if (!open || post.seq() <= lastSeq) {
            return;
        }
        lastSeq = post.seq();
        boolean visible =
                post.partnershipId().equals(partnershipId) && (!sharedOnly || post.visibility() == Visibility.SHARED);
        if (!visible) {
            return;
        }
        if (waiting.incrementAndGet() > OUTBOX_LIMIT) {
            fellBehind();
            return;
        }
        outbox.add(post);
        send();
    }

    /** Keeps proxies from closing an idle stream, and finds the ones whose browser has gone. */
    void heartbeat() {
        if (open) {
            pingWanted.set(true);
            send();
        }
    }

    void complete() {
        open = false;
        outbox.clear();
        client.close();
    }

    /** Starts a sender task unless one is running; the task re-checks after it stops, so nothing queued waits. */
    private void send() {
        if (!sending.compareAndSet(false, true)) {
            return;
        }
        try {
            senders.execute(this::drain);
        } catch (RejectedExecutionException e) {
            // the node is stopping: its streams are being completed
            sending.set(false);
        }
    }

    private void drain() {
        try {
            Post post;
            while (open && (post = outbox.poll()) != null) {
                waiting.decrementAndGet();
                client.send(post.seq(), post);
            }
            if (open && pingWanted.getAndSet(false)) {
                client.ping();
            }
        } catch (IOException | IllegalStateException e) {
            gone();
        } finally {
            sending.set(false);
        }
        if (open && (!outbox.isEmpty() || pingWanted.get())) {
            send();
        }
    }

    /**
     * The stream failed a write: it is dropped from delivery at once. Its response is not completed from here:
     * completing a response whose client has gone waits on the container, which may be tearing that same response
     * down; the container's error callback ends it.
     */
    private void gone() {
        close();
    }

    /** The client is there but reads too slowly: its stream ends, off the delivery thread, and it reconnects. */
    private void fellBehind() {
        close();
        try {
            senders.execute(client::close);
        } catch (RejectedExecutionException e) {
            // the node is stopping: its streams are being completed
        }
    }
}
