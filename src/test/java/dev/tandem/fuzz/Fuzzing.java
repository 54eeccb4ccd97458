package dev.tandem.fuzz;

import com.code_intelligence.jazzer.api.BugDetectors;
import java.net.URI;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** What every fuzz test shares: how long {@code .ci/fuzz} fuzzes each, and how long one input may take. */
public final class Fuzzing {

    /** Per fuzz test, when fuzzing ({@code JAZZER_FUZZ=1}); a plain build only replays the kept inputs. */
    public static final String DURATION = "30s";

    /** One input taking longer is a hang. */
    public static final Duration HANG = Duration.ofSeconds(10);

    private Fuzzing() {}

    /**
     * Jazzer reports any socket opened while it fuzzes as a request forgery; the connection pool opening one more
     * connection to the test database is not one. Connections anywhere else still are.
     */
    public static void allowTheDatabase() {
        String url = System.getProperty("spring.datasource.url", "");
        if (!url.startsWith("jdbc:postgresql:")) {
            return;
        }
        URI database = URI.create(url.substring("jdbc:".length()));
        int port = database.getPort() == -1 ? 5432 : database.getPort();
        Set<String> hosts = new HashSet<>(List.of(database.getHost(), "localhost", "127.0.0.1"));
        BugDetectors.allowNetworkConnections((host, p) -> hosts.contains(host) && p == port);
    }
}
