package dev.tandem.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemApplication;
import dev.tandem.TestUsers;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The outbox survives the process: a change commits with its delivery row, the node stops before its worker runs
 * (it has none), and a node started afterwards on the same database delivers it with its scheduled worker. A
 * database of its own (a schema on PostgreSQL, another in-memory database on H2).
 */
class WebhookRestartTests {

    private static final String SCHEMA = "webhooks_restart";

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void anEventCommittedBeforeTheProcessStopsIsDeliveredByTheNextOne() throws Exception {
        String url = database();
        try (var receiver = new Receiver()) {
            String secret;
            String partnership;
            try (var first = node(url, false)) {
                var signup = send(first, "/api/v1/auth/signup", null, """
                        {"email":"%s","password":"%s","displayName":"Ada","workspaceName":"Ada's partnerships"}""".formatted(
                                TestUsers.uniqueEmail("Ada"), TestUsers.PASSWORD));
                String token = JsonPath.read(signup, "$.token");
                String workspace = JsonPath.read(signup, "$.workspaceId");
                String api = "/api/v1/workspaces/" + workspace;
                secret = JsonPath.read(
                        send(first, api + "/webhooks", token, """
                                {"url":"%s","eventTypes":["partnership.created"]}""".formatted(receiver.url("/after-restart"))),
                        "$.secret");
                partnership = JsonPath.read(send(first, api + "/partnerships", token, """
                                {"name":"Survivor","kind":"VENDOR"}"""), "$.id");
            }
            assertThat(receiver.requests("/after-restart"))
                    .as("nothing sent before the stop")
                    .isEmpty();

            try (var second = node(url, true)) {
                Instant until = Instant.now().plus(Duration.ofSeconds(60));
                while (receiver.requests("/after-restart").isEmpty()) {
                    assertThat(Instant.now()).as("delivered after the restart").isBefore(until);
                    Thread.sleep(100);
                }
                var request = receiver.requests("/after-restart").get(0);
                assertThat((String) JsonPath.read(request.body(), "$.data.partnershipId"))
                        .isEqualTo(partnership);
                assertThat(StandardWebhooks.verify(
                                secret,
                                request.header("webhook-id"),
                                request.header("webhook-timestamp"),
                                request.header("webhook-signature"),
                                request.body()))
                        .isTrue();
            }
        }
    }

    private static String database() throws Exception {
        String url = System.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            try (var db = DriverManager.getConnection(
                    url,
                    System.getProperty("spring.datasource.username"),
                    System.getProperty("spring.datasource.password"))) {
                db.createStatement().execute("drop schema if exists " + SCHEMA + " cascade");
                db.createStatement().execute("create schema " + SCHEMA);
            }
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        }
        return "jdbc:h2:mem:tandem-webhooks-restart;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
                + "DB_CLOSE_DELAY=-1";
    }

    private static ConfigurableApplicationContext node(String url, boolean worker) {
        return new SpringApplicationBuilder(TandemApplication.class)
                .profiles("test")
                .run(
                        "--server.port=0",
                        "--spring.datasource.url=" + url,
                        "--tandem.webhooks.allow-private-targets=true",
                        "--tandem.webhooks.worker=" + worker,
                        "--tandem.webhooks.poll=200ms");
    }

    private String send(ConfigurableApplicationContext node, String path, String token, String json) throws Exception {
        var request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + node.getEnvironment().getProperty("local.server.port") + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(201);
        return response.body();
    }
}
