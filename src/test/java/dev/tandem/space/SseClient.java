package dev.tandem.space;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** A Server-Sent Events client as a browser's EventSource is one: it reads events (id and data) as they arrive. */
public final class SseClient implements AutoCloseable {

    /** One event: its id and its data. */
    public record Event(String id, String data) {}

    private static final Executor READERS = runnable -> {
        var reader = new Thread(runnable, "sse-client");
        reader.setDaemon(true);
        reader.start();
    };

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile int status;

    public SseClient(HttpClient http, URI uri, String token, @Nullable String lastEventId) {
        var request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "text/event-stream");
        if (lastEventId != null) {
            request.header("Last-Event-ID", lastEventId);
        }
        response = http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
        // read on a thread of its own: a plain thenAccept may run in whoever completes or waits on the future,
        // and then connected() would read the endless stream instead of returning
        response.thenAcceptAsync(
                r -> {
                    status = r.statusCode();
                    String[] current = {null, null};
                    r.body().forEach(line -> {
                        if (line.startsWith("id:")) {
                            current[0] = line.substring(3).strip();
                        } else if (line.startsWith("data:")) {
                            current[1] = line.substring(5).strip();
                        } else if (line.isEmpty() && current[1] != null) {
                            events.add(new Event(current[0], current[1]));
                            current[0] = null;
                            current[1] = null;
                        }
                    });
                },
                READERS);
    }

    /** The next event, or null when none came within {@code wait}. */
    public @Nullable Event next(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The answer's status once headers arrived (0 before). */
    public int status() {
        return status;
    }

    /** Waits until the server has answered, so that what is posted after is what this stream must deliver. */
    public SseClient connected(Duration wait) throws Exception {
        status = response.get(wait.toMillis(), TimeUnit.MILLISECONDS).statusCode();
        return this;
    }

    @Override
    public void close() {
        response.thenAccept(r -> r.body().close());
        response.cancel(true);
    }
}
