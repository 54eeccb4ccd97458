package dev.tandem.webhooks;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.net.InetAddress;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Webhook endpoints through the API on an installation that allows public targets only (the default): SSRF
 * refusals at registration and at delivery, bad input, versions, the outbox row written with the change, other
 * workspaces and weaker roles.
 */
@TandemTest
class WebhookApiTests {

    /** A public address written as an IP, so that no DNS is needed. */
    static final String PUBLIC = "https://93.184.215.14/hooks/tandem";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DeliveryWorker worker;

    SignedUp ada;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1:8080/hook",
                "http://localhost/hook",
                "http://10.1.2.3/hook",
                "http://192.168.1.10/hook",
                "http://172.16.0.5/hook",
                "http://169.254.169.254/latest/meta-data",
                "http://[::1]/hook",
                "http://[fd00::1]/hook",
                "http://[::ffff:127.0.0.1]/hook",
                "http://0.0.0.0/hook",
                "http://100.64.0.1/hook"
            })
    void privateLoopbackAndLinkLocalAddressesAreRefusedWithNothingWritten(String url) throws Exception {
        mvc.perform(json(post(ada.workspacePath("/webhooks")), """
                        {"url":"%s","eventTypes":["partnership.created"]}""".formatted(url))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("url"));
        assertThat(count()).isZero();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"url\":\"ftp://93.184.215.14/x\",\"eventTypes\":[\"partnership.created\"]}",
                "{\"url\":\"https://user:pw@93.184.215.14/x\",\"eventTypes\":[\"partnership.created\"]}",
                "{\"url\":\"not a url\",\"eventTypes\":[\"partnership.created\"]}",
                "{\"url\":\"\",\"eventTypes\":[\"partnership.created\"]}",
                "{\"url\":\"https://93.184.215.14/x\",\"eventTypes\":[]}",
                "{\"url\":\"https://93.184.215.14/x\",\"eventTypes\":[\"partnership.exploded\"]}",
                "{\"url\":\"https://93.184.215.14/x\",\"eventTypes\":[\"webhook.test\"]}",
                "{\"eventTypes\":[\"partnership.created\"]}"
            })
    void badInputIsA400ProblemWithNothingWritten(String body) throws Exception {
        mvc.perform(json(post(ada.workspacePath("/webhooks")), body).with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(header().string(HttpHeaders.CONTENT_TYPE, "application/problem+json"));
        assertThat(count()).isZero();
    }

    @Test
    void theSecretIsShownOnceAndAnUpdateNeedsTheCurrentVersion() throws Exception {
        String id = register(PUBLIC);
        mvc.perform(get(ada.workspacePath("/webhooks/" + id)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"0\""))
                .andExpect(jsonPath("$.secret").doesNotExist())
                .andExpect(jsonPath("$.eventTypes[0]").value("partnership.created"));
        mvc.perform(get(ada.workspacePath("/webhooks")).with(ada.bearer()))
                .andExpect(jsonPath("$[0].secret").doesNotExist());
        String change = """
                {"url":"%s","eventTypes":["meeting.held","signal.raised"],"active":false}""".formatted(PUBLIC);
        mvc.perform(json(put(ada.workspacePath("/webhooks/" + id)), change)
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.active").value(false));
        mvc.perform(json(put(ada.workspacePath("/webhooks/" + id)), change)
                        .with(ada.bearer())
                        .header(HttpHeaders.IF_MATCH, "\"0\""))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(json(put(ada.workspacePath("/webhooks/" + id)), change.replace(PUBLIC, "http://10.0.0.1/x"))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(ada.workspacePath("/webhooks/" + id)).with(ada.bearer()))
                .andExpect(jsonPath("$.url").value(PUBLIC));
    }

    @Test
    void theOutboxRowIsWrittenWithTheChangeForSubscribedActiveEndpointsOnly() throws Exception {
        String subscribed = register(PUBLIC);
        String other = register(PUBLIC, "[\"meeting.held\"]");
        String partnership = partnership("Nimbus");

        mvc.perform(get(ada.workspacePath("/webhooks/" + subscribed + "/deliveries"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(1))
                .andExpect(jsonPath("$.items[0].status").value("PENDING"))
                .andExpect(jsonPath("$.items[0].attempts").value(0));
        mvc.perform(get(ada.workspacePath("/webhooks/" + other + "/deliveries")).with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
        String payload = jdbc.sql("select payload from webhook_messages where workspace_id = :ws")
                .param("ws", ada.workspaceId())
                .query(String.class)
                .single();
        assertThat((String) JsonPath.read(payload, "$.data.partnershipId")).isEqualTo(partnership);
    }

    @Test
    void anAddressThatTurnedPrivateSinceRegistrationIsRefusedAtDelivery() throws Exception {
        String id = register(PUBLIC);
        // as if the name now resolved to the cloud's metadata address
        jdbc.sql("update webhook_endpoints set url = 'http://169.254.169.254/latest' where workspace_id = :ws")
                .param("ws", ada.workspaceId())
                .update();
        partnership("Rebound");
        worker.run();
        mvc.perform(get(ada.workspacePath("/webhooks/" + id + "/deliveries")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].attempts").value(1))
                .andExpect(jsonPath("$.items[0].status").value("PENDING"))
                .andExpect(jsonPath("$.items[0].lastError").value("refused: not a public address"))
                .andExpect(jsonPath("$.items[0].lastStatusCode").doesNotExist());
    }

    @Test
    void anotherWorkspaceGets404AndAMemberWhoIsNotAnAdmin403() throws Exception {
        String id = register(PUBLIC);
        var bob = TestUsers.signUp(mvc, "Bob");
        mvc.perform(get("/api/v1/workspaces/" + ada.workspaceId() + "/webhooks/" + id)
                        .with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(bob.workspacePath("/webhooks/" + id)).with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(post(bob.workspacePath("/webhooks/" + id + "/test")).with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(bob.workspacePath("/webhooks/" + id)).with(bob.bearer()))
                .andExpect(status().isNotFound());

        var carol = TestUsers.signUp(mvc, "Carol");
        TestUsers.addMember(mvc, ada, carol, "MEMBER");
        mvc.perform(get(ada.workspacePath("/webhooks")).with(carol.bearer())).andExpect(status().isForbidden());
        mvc.perform(post(ada.workspacePath("/webhooks/" + id + "/rotate-secret"))
                        .with(carol.bearer()))
                .andExpect(status().isForbidden());
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void targetsRefuseEveryNonPublicAddressAHostResolvesTo() throws Exception {
        var rebinding = new Targets(
                false, host -> List.of(InetAddress.getByName("93.184.215.14"), InetAddress.getByName("10.0.0.7")));
        assertThat(rebinding.refusal(URI.create("https://hooks.example/x"))).isEqualTo("webhooks.url.private");
        var allowing = new Targets(true, host -> List.of(InetAddress.getByName("10.0.0.7")));
        assertThat(allowing.refusal(URI.create("https://hooks.example/x"))).isNull();
        var publicOnly = new Targets(false, host -> List.of(InetAddress.getByName("93.184.215.14")));
        assertThat(publicOnly.refusal(URI.create("https://hooks.example/x"))).isNull();
        for (String address : List.of("127.0.0.2", "::1", "fe80::1", "fc00::1", "224.0.0.1", "255.255.255.255")) {
            assertThat(Targets.nonPublic(InetAddress.getByName(address)))
                    .as(address)
                    .isTrue();
        }
        assertThat(Targets.nonPublic(InetAddress.getByName("2606:4700::1111"))).isFalse();
    }

    private String register(String url) throws Exception {
        return register(url, "[\"partnership.created\"]");
    }

    private String register(String url, String types) throws Exception {
        return JsonPath.read(
                mvc.perform(json(post(ada.workspacePath("/webhooks")), """
                                {"url":"%s","eventTypes":%s}""".formatted(url, types))
                                .with(ada.bearer()))
                        .andExpect(status().isCreated())
                        .andExpect(jsonPath("$.secret").value(startsWith("whsec_")))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
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

    private int count() {
        return jdbc.sql("select count(*) from webhook_endpoints where workspace_id = :ws")
                .param("ws", ada.workspaceId())
                .query(Integer.class)
                .single();
    }
}
