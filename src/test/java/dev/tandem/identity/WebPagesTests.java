package dev.tandem.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.forwardedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestClock;
import dev.tandem.TestUsers;
import dev.tandem.WebSessions;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The pages, as a browser uses them: forms, redirects, inline errors, htmx fragments. */
@TandemTest
class WebPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void signingUpOnTheFormOpensTheNewWorkspaceSignedIn() throws Exception {
        String email = TestUsers.uniqueEmail("grace");
        MvcResult result = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("displayName", "Grace Hopper")
                        .param("email", email)
                        .param("password", "a ship in harbour is safe")
                        .param("workspaceName", "Compilers Inc")
                        .param("timeZone", "Europe/Rome"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/w/")))
                .andReturn();

        mvc.perform(get(result.getResponse().getRedirectedUrl()).with(WebSessions.session(result)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Welcome, Grace Hopper")))
                .andExpect(content().string(containsString("Your portfolio is empty")))
                .andExpect(content().string(containsString("Compilers Inc")));
    }

    @Test
    void theFormKeepsWhatWasTypedAndSaysWhatIsWrong() throws Exception {
        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("displayName", "Grace")
                        .param("email", "not-an-email")
                        .param("password", "short")
                        .param("workspaceName", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter a valid email address.")))
                .andExpect(content().string(containsString("value=\"Grace\"")))
                .andExpect(content().string(containsString("This field is required.")));

        mvc.perform(post("/signup")
                        .with(csrf())
                        .param("displayName", "Grace")
                        .param("email", TestUsers.uniqueEmail("grace"))
                        .param("password", "password1234")
                        .param("workspaceName", "W"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This password is too common")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
    }

    @Test
    void aFailedLogInGoesBackToTheFormWithTheEmailKept() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(post("/login")
                        .with(csrf())
                        .with(TestUsers.from("192.0.2.10"))
                        .param("email", ada.email())
                        .param("password", "not my password"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", startsWith("/login?error")));
        mvc.perform(get("/login").param("error", "").param("email", ada.email()))
                .andExpect(content().string(containsString("Wrong email or password.")))
                .andExpect(content().string(containsString("value=\"" + ada.email() + "\"")));
    }

    @Test
    void theLogInFormIsThrottledToo() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", "wrong " + i));
        }
        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", ada.password()))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"))
                .andExpect(forwardedUrl("/login/throttled"));
        mvc.perform(get("/login/throttled").requestAttr(SignedIn.THROTTLED_RETRY_AFTER, Duration.ofSeconds(899)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "899"))
                .andExpect(content().string(containsString("Too many failed attempts. Try again in 15 minutes.")));
    }

    @Test
    void pagesNeedALogInAndLogOutEndsTheSession() throws Exception {
        mvc.perform(get("/account"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
        mvc.perform(get("/account").header("HX-Request", "true"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));

        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/account").with(browser)).andExpect(status().isOk());
        mvc.perform(post("/logout").with(csrf()).with(browser)).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/account").with(browser)).andExpect(status().is3xxRedirection());
    }

    @Test
    void loggingInStartsANewSessionId() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        MvcResult anonymous = mvc.perform(get("/login")).andReturn();
        var before = anonymous.getResponse().getCookie(WebSessions.COOKIE);
        MvcResult loggedIn = mvc.perform(post("/login")
                        .with(csrf())
                        .with(WebSessions.session(anonymous))
                        .param("email", ada.email())
                        .param("password", ada.password()))
                .andReturn();
        var after = loggedIn.getResponse().getCookie(WebSessions.COOKIE);
        assertThat(after).isNotNull();
        assertThat(after.getValue()).isNotEqualTo(before.getValue());
    }

    @Test
    void rememberMeKeepsAUserLoggedInWithoutTheSession() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var remembered = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", ada.email())
                        .param("password", ada.password())
                        .param("remember-me", "true"))
                .andReturn()
                .getResponse()
                .getCookie("TANDEM_REMEMBER_ME");
        assertThat(remembered).isNotNull();
        assertThat(remembered.isHttpOnly()).isTrue();

        mvc.perform(get("/account").cookie(remembered))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(ada.email())));
    }

    @Test
    void changingTheLanguageSticksToTheUser() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/language")
                        .with(csrf())
                        .with(browser)
                        .param("lang", "it")
                        .header("Referer", "http://localhost/w/" + ada.workspaceId() + "/members"))
                .andExpect(redirectedUrl("/w/" + ada.workspaceId() + "/members"));

        mvc.perform(get("/w/" + ada.workspaceId() + "/members").with(browser))
                .andExpect(content().string(containsString("Membri")));
        var again = WebSessions.logIn(mvc, ada);
        mvc.perform(get("/w/" + ada.workspaceId()).with(again).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Il tuo portafoglio è vuoto")));
    }

    @Test
    void beforeLogInTheBrowserLanguageDecidesThenTheChoice() throws Exception {
        mvc.perform(get("/login").header("Accept-Language", "es-ES,es;q=0.9"))
                .andExpect(content().string(containsString("Inicia sesión en Tandem")));
        var cookie = mvc.perform(post("/language").with(csrf()).param("lang", "it"))
                .andExpect(redirectedUrl("/"))
                .andReturn()
                .getResponse()
                .getCookie("TANDEM_LANG");
        mvc.perform(get("/login").cookie(cookie).header("Accept-Language", "es"))
                .andExpect(content().string(containsString("Accedi a Tandem")));
    }

    @Test
    void roleChangesAnswerTheRowToHtmxAndRedirectOtherwise() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var bob = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bob, "MEMBER");
        var browser = WebSessions.logIn(mvc, ada);
        String path = "/w/" + ada.workspaceId() + "/members/" + bob.userId() + "/role";

        mvc.perform(post(path).with(csrf()).with(browser).param("role", "ADMIN").header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<tr")))
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(containsString("<option value=\"ADMIN\" selected=\"selected\">")));

        mvc.perform(post(path).with(csrf()).with(browser).param("role", "VIEWER"))
                .andExpect(redirectedUrl("/w/" + ada.workspaceId() + "/members"));
        mvc.perform(get("/w/" + ada.workspaceId() + "/members").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html")))
                .andExpect(content().string(containsString(bob.email())));
    }

    @Test
    void aRefusedRoleChangeShowsTheReasonInTheRow() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/w/" + ada.workspaceId() + "/members/" + ada.userId() + "/role")
                        .with(csrf())
                        .with(browser)
                        .param("role", "MEMBER")
                        .header("HX-Request", "true"))
                .andExpect(status().isConflict())
                .andExpect(content().string(startsWith("<tr")))
                .andExpect(content().string(containsString("last owner")));
    }

    @Test
    void invitingFromThePageShowsTheLinkWhenMailIsNotConfigured() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        String email = TestUsers.uniqueEmail("carol");
        MvcResult invited = mvc.perform(post("/w/" + ada.workspaceId() + "/members")
                        .with(csrf())
                        .with(browser)
                        .param("email", email)
                        .param("role", "MEMBER"))
                .andExpect(status().is3xxRedirection())
                .andReturn();

        String page = mvc.perform(get("/w/" + ada.workspaceId() + "/members")
                        .with(browser)
                        .flashAttrs(invited.getFlashMap()))
                .andExpect(content().string(containsString("Mail is not configured")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String link = page.replaceAll("(?s).*(http://tandem\\.test/invitations/[A-Za-z0-9_-]+).*", "$1");
        String token = link.substring(link.lastIndexOf('/') + 1);

        // Carol follows the link, signs up with the invited address and lands in Ada's workspace.
        mvc.perform(get("/invitations/" + token))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ada invited you to join")));
        MvcResult joined = mvc.perform(post("/signup")
                        .with(csrf())
                        .param("invitation", token)
                        .param("displayName", "Carol")
                        .param("email", email)
                        .param("password", "the invitation worked fine"))
                .andExpect(redirectedUrl("/w/" + ada.workspaceId()))
                .andReturn();
        mvc.perform(get("/w/" + ada.workspaceId()).with(WebSessions.session(joined)))
                .andExpect(status().isOk());
        mvc.perform(get("/invitations/" + token))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("This invitation cannot be used")));
    }

    @Test
    void anExpiredInvitationCannotBeUsed() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        MvcResult invited = mvc.perform(post("/w/" + ada.workspaceId() + "/members")
                        .with(csrf())
                        .with(browser)
                        .param("email", TestUsers.uniqueEmail("late"))
                        .param("role", "MEMBER"))
                .andReturn();
        var result = (WorkspaceService.InviteResult) invited.getFlashMap().get("invited");
        String token = result.link().substring(result.link().lastIndexOf('/') + 1);

        clock.advance(Duration.ofDays(8));
        mvc.perform(get("/invitations/" + token)).andExpect(status().isNotFound());
    }

    @Test
    void aViewerSeesMembersWithoutControls() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var vic = TestUsers.signUp(mvc, "Vic");
        TestUsers.addMember(mvc, ada, vic, "VIEWER");
        var browser = WebSessions.logIn(mvc, vic);

        mvc.perform(get("/w/" + ada.workspaceId() + "/members").with(browser))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Invite a colleague"))))
                .andExpect(content().string(not(containsString("/remove"))));
        mvc.perform(post("/w/" + ada.workspaceId() + "/members")
                        .with(csrf())
                        .with(browser)
                        .param("email", "x@example.test")
                        .param("role", "MEMBER"))
                .andExpect(status().isForbidden());
    }

    @Test
    void theProfileValidatesLanguageAndTimeZone() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/account/profile")
                        .with(csrf())
                        .with(browser)
                        .param("displayName", "Ada L.")
                        .param("locale", "xx")
                        .param("timeZone", "Mars/Olympus"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choose one of the languages offered.")))
                .andExpect(content().string(containsString("Choose a time zone from the list.")));
        mvc.perform(post("/account/profile")
                        .with(csrf())
                        .with(browser)
                        .param("displayName", "Ada L.")
                        .param("locale", "es")
                        .param("timeZone", "America/Bogota"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(get("/account").with(browser))
                .andExpect(content().string(containsString("Tu cuenta")))
                .andExpect(content().string(containsString("<option value=\"America/Bogota\" selected=\"selected\">")));
    }

    @Test
    void aPasswordChangeNeedsTheCurrentOne() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(browser)
                        .param("currentPassword", "a wrong old password")
                        .param("newPassword", "a brand new passphrase"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("The current password is not right.")));
        mvc.perform(post("/account/password")
                        .with(csrf())
                        .with(browser)
                        .param("currentPassword", ada.password())
                        .param("newPassword", "a brand new passphrase"))
                .andExpect(redirectedUrl("/account"));
        mvc.perform(post("/login").with(csrf()).param("email", ada.email()).param("password", "a brand new passphrase"))
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aTokenCreatedOnThePageIsShownOnce() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var browser = WebSessions.logIn(mvc, ada);
        MvcResult created = mvc.perform(post("/account/tokens")
                        .with(csrf())
                        .with(browser)
                        .param("name", "Spreadsheet sync")
                        .param("expiresInDays", "30"))
                .andExpect(redirectedUrl("/account#tokens"))
                .andReturn();

        mvc.perform(get("/account").with(browser).flashAttrs(created.getFlashMap()))
                .andExpect(content().string(containsString("Copy it now")))
                .andExpect(content().string(containsString("id=\"new-token\">tnd_")));
        mvc.perform(get("/account").with(browser))
                .andExpect(content().string(containsString("Spreadsheet sync")))
                .andExpect(content().string(not(containsString("id=\"new-token\""))));
    }

    @Test
    void unknownPagesAnswerAFriendly404() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(get("/no/such/page").with(WebSessions.logIn(mvc, ada)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("There is nothing here. Check the address.")));
    }
}
