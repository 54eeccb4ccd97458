package dev.tandem.webhooks;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;

/**
 * A real HTTP receiver on 127.0.0.1: records every request (headers and raw body) and answers the status codes it
 * is told to, in order (200 once they run out).
 */
final class Receiver implements AutoCloseable {

    record Request(String path, Map<String, List<String>> headers, String body, int answered) {

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final ConcurrentLinkedQueue<Integer> answers = new ConcurrentLinkedQueue<>();
    private final AtomicInteger always = new AtomicInteger(0);

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            int code = next().getAsInt();
            requests.add(new Request(
                    exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(body, StandardCharsets.UTF_8),
                    code));
            byte[] answer = "ok".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        server.start();
    }

    private IntSupplier next() {
        return () -> {
            Integer queued = answers.poll();
            if (queued != null) {
                return queued;
            }
            return always.get() == 0 ? 200 : always.get();
        };
    }

    /** Answers these codes to the next requests, in order. */
    Receiver answer(int... codes) {
        for (int code : codes) {
            answers.add(code);
        }
        return this;
    }

    /** Answers this code to every request from now on. */
    Receiver always(int code) {
        always.set(code);
        return this;
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
