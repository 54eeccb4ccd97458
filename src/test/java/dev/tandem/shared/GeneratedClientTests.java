package dev.tandem.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.tandem.TandemServerTest;
import dev.tandem.TestUsers;
import dev.tandem.client.ApiClient;
import dev.tandem.client.ApiException;
import dev.tandem.client.api.AuthenticationApi;
import dev.tandem.client.api.ContactsApi;
import dev.tandem.client.api.HealthApi;
import dev.tandem.client.api.PartnershipActivityApi;
import dev.tandem.client.api.PartnershipsApi;
import dev.tandem.client.model.ContactInput;
import dev.tandem.client.model.PartnershipJson;
import dev.tandem.client.model.PartnershipRequest;
import dev.tandem.client.model.SignupRequest;
import dev.tandem.client.model.StageRequest;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The API as a client generated from its description calls it (target/generated-test-sources, from
 * docs/openapi.json): if the description were wrong about a path, a parameter or a body, these calls would fail.
 */
@TandemServerTest
class GeneratedClientTests {

    @LocalServerPort
    int port;

    @Test
    void aClientGeneratedFromTheDescriptionRunsAPartnershipFromSignUpToItsHealth() throws Exception {
        var signedUp = new AuthenticationApi(client(null))
                .signupAuth(new SignupRequest()
                        .email(TestUsers.uniqueEmail("ada"))
                        .password(TestUsers.PASSWORD)
                        .displayName("Ada Lovelace")
                        .workspaceName("Analytical partnerships"));
        ApiClient client = client(signedUp.getToken());
        UUID workspace = signedUp.getWorkspaceId();

        var contact = new ContactsApi(client)
                .createContact(
                        workspace,
                        new ContactInput().displayName("Charles Babbage").addEmailsItem("charles@example.test"));
        PartnershipJson partnership = new PartnershipsApi(client)
                .createPartnership(
                        workspace,
                        new PartnershipRequest()
                                .name("The difference engine")
                                .kind(PartnershipRequest.KindEnum.ORG_PARTNER)
                                .contactId(contact.getId()));
        assertThat(partnership.getStage()).isEqualTo(PartnershipJson.StageEnum.EXPLORING);

        var moved = new PartnershipActivityApi(client)
                .movePartnership(
                        workspace,
                        partnership.getId(),
                        new StageRequest()
                                .stage(StageRequest.StageEnum.COLLABORATING)
                                .reason("First joint project agreed"));
        assertThat(moved.getStage()).isEqualTo(PartnershipJson.StageEnum.COLLABORATING);
        assertThat(new PartnershipsApi(client)
                        .getPartnership(workspace, partnership.getId())
                        .getContact()
                        .getId())
                .isEqualTo(contact.getId());

        var health = new HealthApi(client).partnershipHealth(workspace, partnership.getId());
        assertThat(health.getPartnershipId()).isEqualTo(partnership.getId());
        assertThat(health.getFactors()).isNotEmpty();
    }

    @Test
    void anotherWorkspaceIsNotFoundThroughTheClientToo() throws Exception {
        var auth = new AuthenticationApi(client(null));
        var ada = auth.signupAuth(new SignupRequest()
                .email(TestUsers.uniqueEmail("ada"))
                .password(TestUsers.PASSWORD)
                .displayName("Ada")
                .workspaceName("Ada's"));
        var eve = auth.signupAuth(new SignupRequest()
                .email(TestUsers.uniqueEmail("eve"))
                .password(TestUsers.PASSWORD)
                .displayName("Eve")
                .workspaceName("Eve's"));

        var refused = catchThrowableOfType(
                ApiException.class,
                () -> new ContactsApi(client(eve.getToken()))
                        .createContact(ada.getWorkspaceId(), new ContactInput().displayName("Mallory")));
        assertThat(refused.getCode()).isEqualTo(404);
        assertThat(refused.getResponseHeaders().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    }

    private ApiClient client(String token) {
        var client = new ApiClient();
        client.updateBaseUri("http://localhost:" + port);
        if (token != null) {
            client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        }
        return client;
    }
}
