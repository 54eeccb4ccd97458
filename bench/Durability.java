import java.io.IOException;
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
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Does Tandem keep every write it acknowledged when its process is killed? Per trial: start the jar, let writers
 * create contacts through the API, kill the process with SIGKILL at a random moment, start it again and read back
 * every contact whose creation was answered 201. Run by bench/durability.sh (java bench/Durability.java …).
 */
public class Durability {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern WORKSPACE = Pattern.compile("\"workspaceId\"\\s*:\\s*\"([0-9a-f-]{36})\"");
    private static final Pattern TOKEN = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"");

    record Options(Path jar, List<String> appArgs, List<String> jvmFlags, int port, int trials, int writers,
            long minKillMillis, long maxKillMillis, Path logs) {
    }

    record Trial(int number, int acknowledged, int lost, long killAfterMillis, long lastAckBeforeKillMillis,
            double writesPerSecond) {
    }

    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String base;
    private String token = "";
    private String workspace = "";

    Durability(Options options) {
        this.options = options;
        this.base = "http://127.0.0.1:" + options.port();
    }

    public static void main(String[] args) throws Exception {
        Options options = parse(args);
        Files.createDirectories(options.logs());
        var run = new Durability(options);
        List<Trial> trials = new ArrayList<>();
        for (int i = 1; i <= options.trials(); i++) {
            trials.add(run.trial(i));
        }
        int acknowledged = trials.stream().mapToInt(Trial::acknowledged).sum();
        int lost = trials.stream().mapToInt(Trial::lost).sum();
        System.out.println("| trial | acknowledged writes | lost | killed after | last 201 before the kill | writes/s |");
        System.out.println("|---:|---:|---:|---:|---:|---:|");
        for (Trial t : trials) {
            System.out.printf(Locale.ROOT, "| %d | %,d | %d | %.1f s | %d ms | %.0f |%n", t.number(), t.acknowledged(),
                    t.lost(), t.killAfterMillis() / 1000.0, t.lastAckBeforeKillMillis(), t.writesPerSecond());
        }
        System.out.printf(Locale.ROOT, "| all | %,d | %d | | | |%n", acknowledged, lost);
        System.exit(lost == 0 ? 0 : 1);
    }

    private Trial trial(int number) throws Exception {
        Process app = start(number, "run");
        try {
            ready(app);
            if (token.isEmpty()) {
                signUp();
            } else {
                logIn();
            }
            var acknowledged = new ConcurrentLinkedQueue<String>();
            var lastAck = new AtomicLong();
            var stop = new AtomicBoolean();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < options.writers(); w++) {
                int writer = w;
                Thread thread = new Thread(() -> write(number, writer, acknowledged, lastAck, stop));
                thread.start();
                writers.add(thread);
            }
            long killAfter = options.minKillMillis()
                    + new Random().nextLong(options.maxKillMillis() - options.minKillMillis() + 1);
            long started = System.nanoTime();
            Thread.sleep(killAfter);
            app.destroyForcibly(); // SIGKILL: no shutdown hook, nothing flushed on the way out
            app.waitFor();
            long killedAt = System.nanoTime();
            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
            long sinceLastAck = Math.max(0, (killedAt - lastAck.get()) / 1_000_000);
            double rate = acknowledged.size() / ((killedAt - started) / 1e9);
            app = start(number, "after-kill");
            ready(app);
            logIn();
            int lost = 0;
            for (String id : acknowledged) {
                if (status(get("/api/v1/workspaces/" + workspace + "/contacts/" + id)) != 200) {
                    lost++;
                    System.err.println("trial " + number + ": acknowledged contact " + id + " is gone");
                }
            }
            System.err.printf(Locale.ROOT, "trial %d: %d acknowledged, %d lost, killed after %d ms, %d ms after the last 201%n",
                    number, acknowledged.size(), lost, killAfter, sinceLastAck);
            return new Trial(number, acknowledged.size(), lost, killAfter, sinceLastAck, rate);
        } finally {
            app.destroy();
            app.waitFor();
        }
    }

    private void write(int trial, int writer, ConcurrentLinkedQueue<String> acknowledged, AtomicLong lastAck,
            AtomicBoolean stop) {
        int n = 0;
        while (!stop.get()) {
            String name = "Durable " + trial + "-" + writer + "-" + n++;
            String body = "{\"displayName\":\"" + name + "\",\"emails\":[\"d" + trial + "." + writer + "." + n
                    + "@durability.test\"],\"phones\":[],\"tags\":[\"durability\"]}";
            try {
                var response = http.send(request("/api/v1/workspaces/" + workspace + "/contacts")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 201) {
                    acknowledged.add(match(ID, response.body()));
                    lastAck.set(System.nanoTime());
                }
            } catch (IOException e) {
                sleep(20); // the process is gone or going: keep trying until told to stop
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private Process start(int trial, String phase) throws IOException {
        List<String> command = new ArrayList<>(List.of("java"));
        command.addAll(options.jvmFlags());
        command.addAll(List.of("-jar", options.jar().toString(), "--server.port=" + options.port()));
        command.addAll(options.appArgs());
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(options.logs().resolve("trial-" + trial + "-" + phase + ".log").toFile()).start();
    }

    private void ready(Process app) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!app.isAlive()) {
                throw new IllegalStateException("the application exited with " + app.exitValue() + "; see " + options.logs());
            }
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/actuator/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("the application was not ready within 120 s");
    }

    private void signUp() throws Exception {
        String body = "{\"email\":\"durability@tandem.test\",\"password\":\"nothing acknowledged is lost\","
                + "\"displayName\":\"Durability\",\"workspaceName\":\"Durability\"}";
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/signup"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 200) {
            throw new IllegalStateException("sign-up answered " + response.statusCode() + ": " + response.body());
        }
        token = match(TOKEN, response.body());
        workspace = match(WORKSPACE, response.body());
    }

    private void logIn() throws Exception {
        String body = "{\"email\":\"durability@tandem.test\",\"password\":\"nothing acknowledged is lost\"}";
        var response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/auth/login"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        token = match(TOKEN, response.body());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int status(HttpResponse<?> response) {
        return response.statusCode();
    }

    private static String match(Pattern pattern, String body) {
        Matcher m = pattern.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("unexpected answer: " + body);
        }
        return m.group(1);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Options parse(String[] args) {
        Path jar = null;
        List<String> appArgs = new ArrayList<>();
        List<String> jvm = new ArrayList<>();
        int port = 18090, trials = 5, writers = 8;
        long min = 3000, max = 10000;
        Path logs = Path.of("bench/work/durability");
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--jar" -> jar = Path.of(args[++i]);
                case "--port" -> port = Integer.parseInt(args[++i]);
                case "--trials" -> trials = Integer.parseInt(args[++i]);
                case "--writers" -> writers = Integer.parseInt(args[++i]);
                case "--kill-between-ms" -> {
                    String[] range = args[++i].split("-");
                    min = Long.parseLong(range[0]);
                    max = Long.parseLong(range[1]);
                }
                case "--logs" -> logs = Path.of(args[++i]);
                case "--jvm" -> jvm.add(args[++i]);
                default -> appArgs.add(args[i]);
            }
        }
        if (jar == null) {
            throw new IllegalArgumentException("--jar is required");
        }
        return new Options(jar, Collections.unmodifiableList(appArgs), jvm, port, trials, writers, min, max, logs);
    }
}
