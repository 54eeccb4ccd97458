package dev.tandem.identity;

import static dev.tandem.TestUsers.bearer;
import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A password change ends every other session and log-in token; personal API tokens end only when the user signs
 * out everywhere. The session or token asking stays.
 */
@TandemTest
class SignOutTests {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @Autowired
    MockMvc mvc;

    /** One user signed in many ways at once. */
    private record Devices(
            RequestPostProcessor laptop,
            RequestPostProcessor phone,
            Cookie remembered,
            String loginToken,
            String personalToken) {}

    @Test
    void aPasswordChangeEndsOtherSessionsAndLogInsButKeepsPersonalTokens() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var devices = signIn(ada);

        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(devices.laptop())
                        .param("currentPassword", ada.password())
                        .param("newPassword", NEW_PASSWORD))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").with(devices.laptop()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Your other sessions and log-ins were signed out.")));
        assertSignedOut(devices, false);
        mvc.perform(get("/api/v1/me").with(ada.bearer())).andExpect(status().isUnauthorized());
    }

    @Test
    void aPasswordChangeThatSignsOutEverywhereEndsPersonalTokensToo() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var devices = signIn(ada);

        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(devices.laptop())
                        .param("currentPassword", ada.password())
                        .param("newPassword", NEW_PASSWORD)
                        .param("signOutEverywhere", "true"))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").with(devices.laptop())).andExpect(status().isOk());
        assertSignedOut(devices, true);
    }

    @Test
    void signingOutEverywhereEndsEverythingButThisSessionAndIsAudited() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var devices = signIn(ada);

        mvc.perform(get("/account").with(devices.laptop()))
                .andExpect(content().string(containsString("action=\"/account/sign-out-everywhere\"")));
        mvc.perform(post("/account/sign-out-everywhere").with(csrf()).with(devices.laptop()))
                .andExpect(redirectedUrl("/account"));

        mvc.perform(get("/account").with(devices.laptop()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("You were signed out everywhere else")));
        assertSignedOut(devices, true);
        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", ada.password()))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/w/" + ada.workspaceId() + "/audit").with(devices.laptop()))
                .andExpect(content().string(containsString("Signed out everywhere")));
    }

    @Test
    void theApiChangesThePasswordAndSignsOutEverywhereKeepingTheCallingToken() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var devices = signIn(ada);

        mvc.perform(json(post("/api/v1/me/password"), """
                {"currentPassword":"wrong","newPassword":"%s"}""".formatted(NEW_PASSWORD))
                        .with(bearer(devices.personalToken())))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1/me/password"), """
                {"currentPassword":"%s","newPassword":"%s"}""".formatted(ada.password(), NEW_PASSWORD))
                        .with(bearer(devices.personalToken())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(bearer(devices.loginToken()))).andExpect(status().isUnauthorized());
        mvc.perform(get("/account").with(devices.laptop())).andExpect(redirectedUrl("/login"));
        String other = personalToken(bearer(devices.personalToken()));

        mvc.perform(post("/api/v1/me/sign-out-everywhere").with(bearer(devices.personalToken())))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/me").with(bearer(other))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(bearer(devices.personalToken()))).andExpect(status().isOk());
    }

    private Devices signIn(SignedUp ada) throws Exception {
        var laptop = WebSessions.logIn(mvc, ada);
        var phone = WebSessions.logIn(mvc, ada);
        Cookie remembered = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", ada.email())
                        .param("password", ada.password())
                        .param("remember-me", "true"))
                .andReturn()
                .getResponse()
                .getCookie("TANDEM_REMEMBER_ME");
        String login = JsonPath.read(
                mvc.perform(json(post("/api/v1/auth/login"), AuthApiTests.credentials(ada.email(), ada.password())))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.token");
        var devices = new Devices(laptop, phone, remembered, login, personalToken(ada.bearer()));
        mvc.perform(get("/account").with(phone)).andExpect(status().isOk());
        mvc.perform(get("/account").cookie(remembered)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(bearer(login))).andExpect(status().isOk());
        return devices;
    }

    private String personalToken(RequestPostProcessor caller) throws Exception {
        return JsonPath.read(
                mvc.perform(json(post("/api/v1/me/tokens"), """
                {"name":"Spreadsheet sync"}""").with(caller))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.token");
    }

    private void assertSignedOut(Devices devices, boolean personalTokenToo) throws Exception {
        mvc.perform(get("/account").with(devices.phone())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/account").cookie(devices.remembered())).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/api/v1/me").with(bearer(devices.loginToken()))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(bearer(devices.personalToken())))
                .andExpect(personalTokenToo ? status().isUnauthorized() : status().isOk());
    }
}
