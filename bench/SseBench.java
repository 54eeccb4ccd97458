// 500 live clients of one partnership's shared space on one node while posts are made: how long a post takes from
// its POST to each client's stream (p50, p99, max) and the node's resident memory before and during.
//   java bench/SseBench.java http://127.0.0.1:8115 <server pid> [clients=500] [posts=60] [interval-ms=250]
// Each post carries its send time; each client notes when the event arrives. Same machine, so one clock.
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class SseBench {

    static final Pattern FIELD = Pattern.compile("\"(token|workspaceId|id)\"\\s*:\\s*\"([^\"]+)\"");
    static final Pattern SENT = Pattern.compile("sent=(\\d+)");

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String pid = args[1];
        int clients = args.length > 2 ? Integer.parseInt(args[2]) : 500;
        int posts = args.length > 3 ? Integer.parseInt(args[3]) : 60;
        long interval = args.length > 4 ? Long.parseLong(args[4]) : 250;
        var http = HttpClient.newBuilder().executor(Executors.newCachedThreadPool()).build();

        String signup = post(http, base + "/api/v1/auth/signup", null, """
                {"email":"bench-%s@example.test","password":"a long and quiet river","displayName":"Bench","workspaceName":"Bench"}"""
                .formatted(UUID.randomUUID()));
        String token = field(signup, "token");
        String ws = field(signup, "workspaceId");
        String partnership = field(post(http, base + "/api/v1/workspaces/" + ws + "/partnerships", token,
                "{\"name\":\"Acme\",\"kind\":\"VENDOR\"}"), "id");
        String space = base + "/api/v1/workspaces/" + ws + "/partnerships/" + partnership + "/space";
        long rssIdle = rss(pid);

        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        var open = new CountDownLatch(clients);
        var received = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            var request = HttpRequest.newBuilder(URI.create(space + "/stream")).header("Authorization", "Bearer " + token)
                    .header("Accept", "text/event-stream").build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> {
                open.countDown();
                r.body().forEach(line -> {
                    Matcher m = SENT.matcher(line);
                    if (line.startsWith("data:") && m.find()) {
                        latencies.add(System.nanoTime() / 1000 - Long.parseLong(m.group(1)));
                        received.incrementAndGet();
                    }
                });
            });
        }
        open.await();
        Thread.sleep(1000);
        long rssOpen = rss(pid);
        long start = System.nanoTime();
        for (int i = 0; i < posts; i++) {
            post(http, space + "/posts", token, "{\"kind\":\"UPDATE\",\"body\":\"bench sent=" + System.nanoTime() / 1000 + "\"}");
            Thread.sleep(interval);
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (received.get() < clients * posts && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        long rssAfter = rss(pid);
        List<Long> sorted = new ArrayList<>(latencies);
        Collections.sort(sorted);
        System.out.printf("clients %d, posts %d (one every %d ms, %.1f s), events %d of %d%n", clients, posts, interval,
                (System.nanoTime() - start) / 1e9, sorted.size(), clients * posts);
        System.out.printf("latency ms: p50 %.1f, p99 %.1f, max %.1f%n", pct(sorted, 50), pct(sorted, 99),
                sorted.isEmpty() ? 0 : sorted.get(sorted.size() - 1) / 1000.0);
        System.out.printf("RSS MB: idle %d, %d streams open %d, after the posts %d%n", rssIdle / 1024, clients,
                rssOpen / 1024, rssAfter / 1024);
        System.exit(0);
    }

    static double pct(List<Long> sorted, int p) {
        return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * p / 100)) / 1000.0;
    }

    static long rss(String pid) throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }

    static String post(HttpClient http, String url, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    static String field(String json, String name) {
        Matcher m = FIELD.matcher(json);
        while (m.find()) {
            if (m.group(1).equals(name)) {
                return m.group(2);
            }
        }
        throw new IllegalStateException("no " + name + " in " + json);
    }
}
