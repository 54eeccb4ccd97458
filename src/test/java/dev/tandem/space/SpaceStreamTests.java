package dev.tandem.space;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemServerTest;
import dev.tandem.TestUsers;
import dev.tandem.shared.WorkspaceId;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The live stream over a real server: posts and replies arrive as they are written; a reconnection loses nothing; a
 * client that stops reading holds up nobody else.
 */
@TandemServerTest
class SpaceStreamTests {

    /** How long a test waits for an event: generous for a loaded machine, since it returns as soon as one arrives. */
    static final Duration WAIT = Duration.ofSeconds(15);

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Autowired
    SpaceLive live;

    String token;
    String space;
    WorkspaceId workspace;
    UUID partnership;

    @BeforeEach
    void partnership() throws Exception {
        var signup = send(HttpRequest.newBuilder(uri("/api/v1/auth/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        """
                        {"email":"%s","password":"%s","displayName":"Ada","workspaceName":"Ada's"}""".formatted(TestUsers.uniqueEmail("Ada"), TestUsers.PASSWORD))));
        token = JsonPath.read(signup.body(), "$.token");
        String ws = JsonPath.read(signup.body(), "$.workspaceId");
        var created = post("/api/v1/workspaces/" + ws + "/partnerships", "{\"name\":\"Acme\",\"kind\":\"VENDOR\"}");
        workspace = new WorkspaceId(UUID.fromString(ws));
        partnership = UUID.fromString(JsonPath.read(created, "$.id"));
        space = "/api/v1/workspaces/" + ws + "/partnerships/" + partnership + "/space";
    }

    @Test
    void newPostsAndRepliesArriveLiveInTheOrderWritten() throws Exception {
        try (var stream = new SseClient(http, uri(space + "/stream"), token, null).connected(Duration.ofSeconds(5))) {
            assertThat(stream.status()).isEqualTo(200);
            String post =
                    JsonPath.read(post(space + "/posts", "{\"kind\":\"QUESTION\",\"body\":\"Kickoff date?\"}"), "$.id");
            post(space + "/posts/" + post + "/replies", "{\"body\":\"The 12th\"}");

            var first = stream.next(WAIT);
            var second = stream.next(WAIT);
            assertThat(first).as("the question").isNotNull();
            assertThat((String) JsonPath.read(first.data(), "$.body")).isEqualTo("Kickoff date?");
            assertThat(second).as("the reply").isNotNull();
            assertThat((String) JsonPath.read(second.data(), "$.parentId")).isEqualTo(post);
            assertThat(Long.parseLong(second.id())).isGreaterThan(Long.parseLong(first.id()));
        }
    }

    @Test
    void aClientThatReconnectsWithLastEventIdGetsWhatItMissedFirst() throws Exception {
        String seen;
        try (var stream = new SseClient(http, uri(space + "/stream"), token, null).connected(Duration.ofSeconds(5))) {
            post(space + "/posts", "{\"kind\":\"UPDATE\",\"body\":\"one\"}");
            var one = stream.next(WAIT);
            assertThat(one).isNotNull();
            seen = one.id();
        }
        // written while the client was away
        post(space + "/posts", "{\"kind\":\"UPDATE\",\"body\":\"two\"}");
        post(space + "/posts", "{\"kind\":\"UPDATE\",\"body\":\"three\"}");
        try (var stream = new SseClient(http, uri(space + "/stream"), token, seen).connected(Duration.ofSeconds(5))) {
            post(space + "/posts", "{\"kind\":\"UPDATE\",\"body\":\"four\"}");
            List<String> bodies = new ArrayList<>();
            for (int i = 0; i < 3; i++) {
                var event = stream.next(WAIT);
                assertThat(event).as("event %d after the reconnection", i + 1).isNotNull();
                bodies.add(JsonPath.read(event.data(), "$.body"));
            }
            assertThat(bodies).containsExactly("two", "three", "four");
            assertThat(stream.next(Duration.ofMillis(700))).as("nothing twice").isNull();
        }
    }

    @Test
    void aClientThatStopsReadingHoldsUpNoOtherStream() throws Exception {
        var released = new CountDownLatch(1);
        var frozen = new LiveClient() {
            @Override
            public void send(long eventId, Post post) throws IOException {
                try {
                    // a write into a connection nobody reads: it waits until the socket gives up
                    released.await(1, TimeUnit.MINUTES);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }

            @Override
            public void ping() {}

            @Override
            public void close() {}
        };
        Runnable stopFrozen = live.subscribe(workspace, partnership, false, null, frozen);
        try (var stream = new SseClient(http, uri(space + "/stream"), token, null).connected(Duration.ofSeconds(5))) {
            post(space + "/posts", "{\"kind\":\"UPDATE\",\"body\":\"one\"}");
            post(space + "/posts", "{\"kind\":\"UPDATE\",\"body\":\"two\"}");
            var one = stream.next(WAIT);
            var two = stream.next(WAIT);
            assertThat(one).as("the first post, while another stream is stuck").isNotNull();
            assertThat(two).as("the second post, while another stream is stuck").isNotNull();
            assertThat(List.<String>of(JsonPath.read(one.data(), "$.body"), JsonPath.read(two.data(), "$.body")))
                    .containsExactly("one", "two");
        } finally {
            released.countDown();
            stopFrozen.run();
        }
    }

    @Test
    void anotherWorkspacesStreamIsNotFound() throws Exception {
        var other = send(HttpRequest.newBuilder(uri("/api/v1/auth/signup"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        """
                        {"email":"%s","password":"%s","displayName":"Eve","workspaceName":"Eve's"}""".formatted(TestUsers.uniqueEmail("Eve"), TestUsers.PASSWORD))));
        String eve = JsonPath.read(other.body(), "$.token");
        try (var stream = new SseClient(http, uri(space + "/stream"), eve, null).connected(Duration.ofSeconds(5))) {
            assertThat(stream.status()).isEqualTo(404);
        }
    }

    private String post(String path, String json) throws Exception {
        var response = send(HttpRequest.newBuilder(uri(path))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return response.body();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }
}
