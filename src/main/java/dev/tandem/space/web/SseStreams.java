package dev.tandem.space.web;

import dev.tandem.identity.WorkspaceContext;
import dev.tandem.space.LiveClient;
import dev.tandem.space.Post;
import dev.tandem.space.SpaceStreams;
import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * A space's live stream as Server-Sent Events: an async response (no request thread, no database connection held
 * while it is open) that ends after {@code tandem.space.stream-timeout}, when the browser reconnects with its
 * Last-Event-ID. Each event is {@code post}, with the workspace's counter value as its id.
 */
@Component
class SseStreams {

    private final SpaceStreams streams;
    private final Duration timeout;

    SseStreams(SpaceStreams streams, @Value("${tandem.space.stream-timeout:30m}") Duration timeout) {
        this.streams = streams;
        this.timeout = timeout;
    }

    SseEmitter open(
            WorkspaceContext context, UUID partnershipId, @Nullable String lastEventId, Function<Post, Object> render) {
        var emitter = new SseEmitter(timeout.toMillis());
        Runnable stop = streams.follow(context, partnershipId, lastEventId, new LiveClient() {
            @Override
            public void send(long eventId, Post post) throws IOException {
                emitter.send(SseEmitter.event()
                        .id(Long.toString(eventId))
                        .name("post")
                        .data(render.apply(post), MediaType.APPLICATION_JSON));
            }

            @Override
            public void ping() throws IOException {
                emitter.send(SseEmitter.event().comment("still here"));
            }

            @Override
            public void close() {
                emitter.complete();
            }
        });
        emitter.onCompletion(stop);
        emitter.onTimeout(stop);
        emitter.onError(e -> stop.run());
        return emitter;
    }
}
