package dev.tandem.space;

import java.io.IOException;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * One open live stream: a browser (or API client) watching one partnership's space, what it may see (only shared
 * posts for a guest), and the last counter value it has been sent or skipped past. Sends are serialised here, as
 * the delivery thread and the heartbeat both write.
 */
final class Subscriber {

    final UUID partnershipId;
    final boolean sharedOnly;
    private final SseEmitter emitter;
    private final Function<Post, Object> render;
    private volatile long lastSeq;
    private volatile boolean open = true;

    Subscriber(UUID partnershipId, boolean sharedOnly, SseEmitter emitter, Function<Post, Object> render, long lastSeq) {
        this.partnershipId = partnershipId;
        this.sharedOnly = sharedOnly;
        this.emitter = emitter;
        this.render = render;
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
        boolean visible = post.partnershipId().equals(partnershipId)
                && (!sharedOnly || post.visibility() == dev.tandem.partnerships.Visibility.SHARED);
        if (visible) {
            send(SseEmitter.event().id(Long.toString(post.seq())).name("post")
                    .data(render.apply(post), MediaType.APPLICATION_JSON));
        }
        lastSeq = post.seq();
    }

    /** Keeps proxies from closing an idle stream, and finds the ones whose browser has gone. */
    synchronized void heartbeat() {
        send(SseEmitter.event().comment("still here"));
    }

    private void send(SseEmitter.SseEventBuilder event) {
        if (!open) {
            return;
        }
        try {
            emitter.send(event);
        } catch (IOException | IllegalStateException e) {
            open = false;
            emitter.completeWithError(e);
        }
    }

    void complete() {
        open = false;
        emitter.complete();
    }
}
