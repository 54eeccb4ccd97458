package dev.tandem;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.health.DecayRuns;
import dev.tandem.space.SseClient;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two Tandem nodes on one database, each on a port of its own, as behind a load balancer (ADR 4, ADR 10): what one
 * node starts the other continues, and work both nodes schedule is done once. They share a database of their own
 * (a schema on PostgreSQL, another in-memory database on H2), so that the suite's other data stays out of it.
 */
class TwoNodesTests {

    private static final String SCHEMA = "two_nodes";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private static ConfigurableApplicationContext a;
    private static ConfigurableApplicationContext b;
    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String url = System.getProperty("spring.datasource.url", "");
        String pollInterval = "500ms";
        if (url.startsWith("jdbc:postgresql:")) {
            try (var db = DriverManager.getConnection(
                    url,
                    System.getProperty("spring.datasource.username"),
                    System.getProperty("spring.datasource.password"))) {
                db.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
                db.createStatement().execute("create schema " + SCHEMA);
            }
            url += (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
            // the safety-net poll slowed to minutes, so a post reaching the other node can only have come by NOTIFY
            pollInterval = "30s";
        } else {
            url = "jdbc:h2:mem:tandem-two-nodes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                    + "DB_CLOSE_DELAY=-1";
        }
        a = node(url, pollInterval);
        b = node(url, pollInterval);
    }

    private static ConfigurableApplicationContext node(String url, String pollInterval) {
        return new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--tandem.space.poll-interval=" + pollInterval);
    }

    @AfterAll
    static void stopBoth() {
        Optional.ofNullable(a).ifPresent(ConfigurableApplicationContext::close);
        Optional.ofNullable(b).ifPresent(ConfigurableApplicationContext::close);
    }

    @Test
    void theDailyHealthJobOfBothNodesAdvancesEachPartnershipOnce() throws Exception {
        var owner = signUp(a, "Ada");
        String token = owner.token();
        UUID workspace = owner.workspace();
        int partnerships = 60;
        for (int i = 0; i < partnerships; i++) {
            var node = i % 2 == 0 ? a : b;
            var created = send(HttpRequest.newBuilder(uri(node, "/api/v1/workspaces/" + workspace + "/partnerships"))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Partner " + i + "\",\"kind\":\"VENDOR\"}")));
            assertThat(created.statusCode()).isEqualTo(201);
        }
        var db = JdbcClient.create(a.getBean(DataSource.class));
        // yesterday's scores, as every node finds them when the day turns
        db.sql("update health_scores set as_of = date '2000-01-01' where workspace_id = :ws")
                .param("ws", workspace)
                .update();

        var start = new CyclicBarrier(2);
        var onA = CompletableFuture.supplyAsync(() -> afterBarrier(start, a));
        var onB = CompletableFuture.supplyAsync(() -> afterBarrier(start, b));

        assertThat(onA.get() + onB.get())
                .as("partnerships advanced by A (%d) and B (%d)", onA.get(), onB.get())
                .isEqualTo(partnerships);
        assertThat(db.sql("select count(*) from health_scores where workspace_id = :ws and as_of > date '2000-01-01'")
                        .param("ws", workspace)
                        .query(Integer.class)
                        .single())
                .isEqualTo(partnerships);
        assertThat(DecayRuns.advance(a) + DecayRuns.advance(b))
                .as("a second run the same day")
                .isZero();
    }

    @Test
    void aSessionStartedOnOneNodeIsHonouredAndEndedOnTheOther() throws Exception {
        var grace = signUp(b, "Grace");
        var loginPage = send(get(a, "/login"));
        String started = cookie(loginPage, "TANDEM_SESSION");

        // the form's CSRF token lives in the session: A gave it, B accepts it
        var loggedIn = send(post(
                b,
                "/login",
                started,
                Map.of("_csrf", csrf(loginPage), "email", grace.email(), "password", TestUsers.PASSWORD)));
        assertThat(loggedIn.statusCode()).isEqualTo(302);
        assertThat(loggedIn.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).doesNotContain("error"));
        String session = cookie(loggedIn, "TANDEM_SESSION");

        var home =
                send(get(a, "/w/" + grace.workspace() + "/partnerships").header("Cookie", "TANDEM_SESSION=" + session));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Grace");

        var loggedOut = send(post(b, "/logout", session, Map.of("_csrf", csrf(home))));
        assertThat(loggedOut.statusCode()).isEqualTo(302);
        var after =
                send(get(a, "/w/" + grace.workspace() + "/partnerships").header("Cookie", "TANDEM_SESSION=" + session));
        assertThat(after.statusCode())
                .as("the session ended on B is ended on A")
                .isEqualTo(302);
        assertThat(after.headers().firstValue("Location"))
                .hasValueSatisfying(to -> assertThat(to).endsWith("/login"));
    }

    @Test
    void aRememberMeCookieFromOneNodeLogsInOnTheOther() throws Exception {
        var alan = signUp(a, "Alan");
        var loginPage = send(get(a, "/login"));
        var loggedIn = send(post(
                a,
                "/login",
                cookie(loginPage, "TANDEM_SESSION"),
                Map.of(
                        "_csrf",
                        csrf(loginPage),
                        "email",
                        alan.email(),
                        "password",
                        TestUsers.PASSWORD,
                        "remember-me",
                        "true")));
        String remembered = cookie(loggedIn, "TANDEM_REMEMBER_ME");

        // the browser was closed: no session, only the remember-me cookie, and the balancer picks B
        var page = send(get(b, "/w/" + alan.workspace() + "/partnerships")
                .header("Cookie", "TANDEM_REMEMBER_ME=" + remembered));
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Alan");
    }

    @Test
    void aPostMadeOnOneNodeReachesALiveStreamOnTheOtherWithinTwoSeconds() throws Exception {
        var lin = signUp(a, "Lin");
        var created = send(HttpRequest.newBuilder(uri(a, "/api/v1/workspaces/" + lin.workspace() + "/partnerships"))
                .header("Authorization", "Bearer " + lin.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Initech\",\"kind\":\"VENDOR\"}")));
        String space = "/api/v1/workspaces/" + lin.workspace() + "/partnerships/"
                + JsonPath.read(created.body(), "$.id") + "/space";
        try (var onB =
                new SseClient(http, uri(b, space + "/stream"), lin.token(), null).connected(Duration.ofSeconds(5))) {
            var posted = send(HttpRequest.newBuilder(uri(a, space + "/posts"))
                    .header("Authorization", "Bearer " + lin.token())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"kind\":\"UPDATE\",\"body\":\"Posted on A\"}")));
            assertThat(posted.statusCode()).isEqualTo(201);
            // generous for a loaded machine; the latency itself is measured in bench/, not asserted here
            var event = onB.next(Duration.ofSeconds(15));
            assertThat(event).as("the post, on B's stream").isNotNull();
            assertThat((String) JsonPath.read(event.data(), "$.body")).isEqualTo("Posted on A");
        }
    }

    @Test
    void aTokenEndedOnOneNodeIsRefusedByTheOtherOnceItsMomentHasPassed() throws Exception {
        var kim = signUp(a, "Kim");
        var created = send(HttpRequest.newBuilder(uri(a, "/api/v1/me/tokens"))
                .header("Authorization", "Bearer " + kim.token())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"script\"}")));
        String script = JsonPath.read(created.body(), "$.token");
        assertThat(send(me(b, script)).statusCode()).as("remembered by B").isEqualTo(200);

        var ended = send(HttpRequest.newBuilder(uri(a, "/api/v1/me/sign-out-everywhere"))
                .header("Authorization", "Bearer " + kim.token())
                .POST(HttpRequest.BodyPublishers.noBody()));
        assertThat(ended.statusCode()).isEqualTo(204);
        assertThat(send(me(a, script)).statusCode()).as("on A, at once").isEqualTo(401);

        // B was not told: it reads the token again once tandem.api.token-cache-ttl (1 s) has passed
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        int status;
        do {
            Thread.sleep(100);
            status = send(me(b, script)).statusCode();
        } while (status == 200 && System.nanoTime() < deadline);
        assertThat(status).as("on B").isEqualTo(401);
    }

    private static HttpRequest.Builder me(ConfigurableApplicationContext node, String token) {
        return HttpRequest.newBuilder(uri(node, "/api/v1/me")).header("Authorization", "Bearer " + token);
    }

    private record Account(String email, String token, UUID workspace) {}

    private Account signUp(ConfigurableApplicationContext node, String name) throws Exception {
        String email = TestUsers.uniqueEmail(name);
        var response = send(HttpRequest.newBuilder(uri(node, "/api/v1/auth/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"email":"%s","password":"%s","displayName":"%s","workspaceName":"%s's partnerships"}""".formatted(email, TestUsers.PASSWORD, name, name))));
        assertThat(response.statusCode()).isEqualTo(201);
        return new Account(
                email,
                JsonPath.read(response.body(), "$.token"),
                UUID.fromString(JsonPath.read(response.body(), "$.workspaceId")));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest.Builder get(ConfigurableApplicationContext node, String path) {
        return HttpRequest.newBuilder(uri(node, path)).GET();
    }

    private static HttpRequest.Builder post(
            ConfigurableApplicationContext node, String path, String session, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(node, path))
                .header("Cookie", "TANDEM_SESSION=" + session)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static URI uri(ConfigurableApplicationContext node, String path) {
        return URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path);
    }

    private static String csrf(HttpResponse<String> page) {
        Matcher m = CSRF.matcher(page.body());
        assertThat(m.find()).as("a CSRF token on the page").isTrue();
        return m.group(1);
    }

    private static String cookie(HttpResponse<String> response, String name) {
        List<String> set = response.headers().allValues("Set-Cookie");
        return set.stream()
                .filter(c -> c.startsWith(name + "="))
                .map(c -> c.substring(name.length() + 1).split(";")[0])
                .findFirst()
                .orElseThrow(() -> new AssertionError("no " + name + " cookie in " + set));
    }

    private static int afterBarrier(CyclicBarrier start, ConfigurableApplicationContext node) {
        try {
            start.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return DecayRuns.advance(node);
    }
}
