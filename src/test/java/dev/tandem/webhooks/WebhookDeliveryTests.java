package dev.tandem.webhooks;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deliveries to a real HTTP receiver on 127.0.0.1 (so this installation allows private targets), checked with an
 * independent implementation of the Standard Webhooks signature: events, retries, rotation, disabling, test events
 * and redelivery. The worker is driven by the test, round by round.
 */
@TandemTest
@TestPropertySource(
        properties = {
            "tandem.webhooks.allow-private-targets=true",
            "tandem.webhooks.first-retry=50ms",
            "tandem.webhooks.disable-after-failures=4"
        })
class WebhookDeliveryTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DeliveryWorker worker;

    Receiver receiver;
    SignedUp ada;

    @BeforeEach
    void start() throws Exception {
        receiver = new Receiver();
        ada = TestUsers.signUp(mvc, "Ada");
    }

    @AfterEach
    void stop() {
        receiver.close();
    }

    @Test
    void aNewPartnershipReachesTheReceiverSignedPerTheSpecification() throws Exception {
        var made = register("/crm", "[\"partnership.created\",\"partnership.stage_changed\"]");
        String partnership = partnership("Nimbus");

        awaitDelivered(() -> receiver.requests("/crm").size() == 1);
        var request = receiver.requests("/crm").get(0);
        assertThat(StandardWebhooks.verify(
                        made.secret,
                        request.header("webhook-id"),
                        request.header("webhook-timestamp"),
                        request.header("webhook-signature"),
                        request.body()))
                .as("the signature verifies with the secret shown at registration")
                .isTrue();
        assertThat(StandardWebhooks.verify(
                        "whsec_" + Base64.getEncoder().encodeToString(new byte[24]),
                        request.header("webhook-id"),
                        request.header("webhook-timestamp"),
                        request.header("webhook-signature"),
                        request.body()))
                .as("another secret does not verify")
                .isFalse();
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat((Integer) JsonPath.read(request.body(), "$.version")).isEqualTo(1);
        assertThat((String) JsonPath.read(request.body(), "$.type")).isEqualTo("partnership.created");
        assertThat((String) JsonPath.read(request.body(), "$.id")).isEqualTo(request.header("webhook-id"));
        assertThat((String) JsonPath.read(request.body(), "$.workspaceId"))
                .isEqualTo(ada.workspaceId().toString());
        assertThat((String) JsonPath.read(request.body(), "$.data.partnershipId"))
                .isEqualTo(partnership);
        assertThat((String) JsonPath.read(request.body(), "$.data.name")).isEqualTo("Nimbus");

        mvc.perform(get(ada.workspacePath("/webhooks/" + made.id + "/deliveries"))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$.items[0].lastStatusCode").value(200))
                .andExpect(jsonPath("$.items[0].eventType").value("PARTNERSHIP_CREATED"));
    }

    @Test
    void aReceiverAnswering500TwiceThen200GetsExactlyOneAcceptedDelivery() throws Exception {
        receiver.answer(500, 500, 200);
        var made = register("/flaky", "[\"partnership.created\"]");
        partnership("Flaky");

        awaitDelivered(() -> receiver.requests("/flaky").stream().anyMatch(r -> r.answered() == 200));
        for (int i = 0; i < 5; i++) {
            worker.run();
            Thread.sleep(60);
        }
        var requests = receiver.requests("/flaky");
        assertThat(requests).extracting(Receiver.Request::answered).containsExactly(500, 500, 200);
        assertThat(requests)
                .extracting(r -> r.header("webhook-id"))
                .containsOnly(requests.get(0).header("webhook-id"));
        mvc.perform(get(ada.workspacePath("/webhooks/" + made.id + "/deliveries"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("DELIVERED"))
                .andExpect(jsonPath("$.items[0].attempts").value(3));
        mvc.perform(get(ada.workspacePath("/webhooks/" + made.id)).with(ada.bearer()))
                .andExpect(jsonPath("$.failures").value(0))
                .andExpect(jsonPath("$.disabledAt").doesNotExist());
    }

    @Test
    void duringARotationBothSecretsSignAndEachVerifies() throws Exception {
        var made = register("/rotating", "[\"partnership.created\"]");
        String rotated = JsonPath.read(
                mvc.perform(post(ada.workspacePath("/webhooks/" + made.id + "/rotate-secret"))
                                .with(ada.bearer()))
                        .andExpect(status().isOk())
                        .andExpect(jsonPath("$.previousSecretUntil").exists())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.secret");
        assertThat(rotated).startsWith("whsec_").isNotEqualTo(made.secret);
        partnership("Rotated");

        awaitDelivered(() -> receiver.requests("/rotating").size() == 1);
        var request = receiver.requests("/rotating").get(0);
        String signatures = request.header("webhook-signature");
        assertThat(signatures.split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        for (String secret : List.of(made.secret, rotated)) {
            for (String one : signatures.split(" ")) {
                if (StandardWebhooks.verify(
                        secret,
                        request.header("webhook-id"),
                        request.header("webhook-timestamp"),
                        one,
                        request.body())) {
                    return;
                }
            }
        }
        throw new AssertionError("neither secret verified");
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledAndTheAdminsAreTold() throws Exception {
        receiver.always(503);
        var made = register("/down", "[\"partnership.created\"]");
        partnership("Down");

        awaitDelivered(() -> receiver.requests("/down").size() >= 4);
        for (int i = 0; i < 5; i++) {
            worker.run();
            Thread.sleep(120);
        }
        assertThat(receiver.requests("/down")).as("no try after disabling").hasSize(4);
        mvc.perform(get(ada.workspacePath("/webhooks/" + made.id)).with(ada.bearer()))
                .andExpect(jsonPath("$.disabledAt").exists())
                .andExpect(jsonPath("$.failures").value(4));
        mvc.perform(get(ada.workspacePath("/audit-events")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].action", hasItem("WEBHOOK_DISABLED")));

        // switched on again, it delivers what was waiting
        receiver.always(200);
        mvc.perform(json(
                                put(ada.workspacePath("/webhooks/" + made.id)),
                                "{\"url\":\"%s\",\"eventTypes\":[\"partnership.created\"],\"active\":true}"
                                        .formatted(receiver.url("/down")))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.disabledAt").doesNotExist());
        awaitDelivered(() -> receiver.requests("/down").stream().anyMatch(r -> r.answered() == 200));
    }

    @Test
    void aTestEventAndARedeliveryCarryTheSameIdAgain() throws Exception {
        var made = register("/test", "[\"post.created\"]");
        String delivery = JsonPath.read(
                mvc.perform(post(ada.workspacePath("/webhooks/" + made.id + "/test"))
                                .with(ada.bearer()))
                        .andExpect(status().isAccepted())
                        .andExpect(jsonPath("$.status").value("PENDING"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        awaitDelivered(() -> receiver.requests("/test").size() == 1);
        assertThat((String) JsonPath.read(receiver.requests("/test").get(0).body(), "$.type"))
                .isEqualTo("webhook.test");

        mvc.perform(post(ada.workspacePath("/webhooks/" + made.id + "/deliveries/" + delivery + "/redeliver"))
                        .with(ada.bearer()))
                .andExpect(status().isAccepted());
        mvc.perform(post(ada.workspacePath("/webhooks/" + made.id + "/deliveries/" + delivery + "/redeliver"))
                        .with(ada.bearer()))
                .andExpect(status().isConflict());
        awaitDelivered(() -> receiver.requests("/test").size() == 2);
        assertThat(receiver.requests("/test").get(1).header("webhook-id"))
                .isEqualTo(receiver.requests("/test").get(0).header("webhook-id"));
    }

    record Made(String id, String secret) {}

    private Made register(String path, String types) throws Exception {
        String body = mvc.perform(json(post(ada.workspacePath("/webhooks")), """
                        {"url":"%s","eventTypes":%s}""".formatted(receiver.url(path), types))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new Made(JsonPath.read(body, "$.id"), JsonPath.read(body, "$.secret"));
    }

    private String partnership(String name) throws Exception {
        return JsonPath.read(
                mvc.perform(json(post(ada.workspacePath("/partnerships")), """
                                {"name":"%s","kind":"VENDOR"}""".formatted(name))
                                .with(ada.bearer()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    /** Runs the worker until the receiver has seen what {@code done} waits for (generously: 30 s). */
    private void awaitDelivered(BooleanSupplier done) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!done.getAsBoolean()) {
            assertThat(Instant.now()).as("the receiver got it in time").isBefore(until);
            worker.run();
            Thread.sleep(50);
        }
    }
}
