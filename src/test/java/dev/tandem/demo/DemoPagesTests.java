package dev.tandem.demo;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The demo page and the dashboard's way to it, as a browser uses them. */
@TandemTest
class DemoPagesTests {

    private static final String BUTTON = "Load the demo";

    @Autowired
    MockMvc mvc;

    @Test
    void theDashboardLeadsAdminsToTheDemoPage() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(get("/w/" + ada.workspaceId()).with(WebSessions.logIn(mvc, ada)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"/w/" + ada.workspaceId() + "/demo\"")))
                .andExpect(content().string(containsString("Explore with demo data")));
    }

    @Test
    void membersSeeNeitherTheButtonNorThePage() throws Exception {
        SignedUp owner = TestUsers.signUp(mvc, "Ben");
        SignedUp member = TestUsers.signUp(mvc, "Cat");
        TestUsers.addMember(mvc, owner, member, "MEMBER");
        RequestPostProcessor session = WebSessions.logIn(mvc, member);
        mvc.perform(get("/w/" + owner.workspaceId()).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Explore with demo data"))));
        mvc.perform(get("/w/" + owner.workspaceId() + "/demo").with(session)).andExpect(status().isForbidden());
        mvc.perform(post("/w/" + owner.workspaceId() + "/demo").with(csrf()).with(session))
                .andExpect(status().isForbidden());
    }

    @Test
    void anEmptyWorkspaceOffersTheDemoAndLoadsIt() throws Exception {
        SignedUp dan = TestUsers.signUp(mvc, "Dan");
        RequestPostProcessor session = WebSessions.logIn(mvc, dan);
        String page = "/w/" + dan.workspaceId() + "/demo";
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(BUTTON)))
                .andExpect(content().string(containsString("16 partnerships of every kind and every stage")))
                .andExpect(content().string(containsString("54 meetings held over the past months")))
                .andExpect(content()
                        .string(containsString("shared goals with owners on both sides, key results measured "
                                + "over the months, and each side&#39;s own goals")))
                .andExpect(content().string(containsString("twelve weeks of history")))
                .andExpect(content().string(not(containsString("already has partnerships"))));

        mvc.perform(post(page).with(csrf()).with(session))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/w/" + dan.workspaceId()))
                .andExpect(flash().attribute("notice", "demo.loaded"));

        mvc.perform(get("/w/" + dan.workspaceId()).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Loyalty platform for Mercado Vivo")))
                .andExpect(content().string(containsString("Partner disengaging")))
                .andExpect(content().string(containsString("Growing together")));
        mvc.perform(get(page).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This workspace already has partnerships")))
                .andExpect(content().string(not(containsString(BUTTON))));
    }

    @Test
    void loadingTwiceFromThePageExplainsWhy() throws Exception {
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        RequestPostProcessor session = WebSessions.logIn(mvc, eve);
        String page = "/w/" + eve.workspaceId() + "/demo";
        mvc.perform(post(page).with(csrf()).with(session)).andExpect(status().is3xxRedirection());
        mvc.perform(post(page).with(csrf()).with(session))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("problem", "demo.notEmpty"));
    }

    @Test
    void anotherUserCannotOpenThePage() throws Exception {
        SignedUp fay = TestUsers.signUp(mvc, "Fay");
        SignedUp mallory = TestUsers.signUp(mvc, "Mallory");
        RequestPostProcessor session = WebSessions.logIn(mvc, mallory);
        mvc.perform(get("/w/" + fay.workspaceId() + "/demo").with(session)).andExpect(status().isNotFound());
        mvc.perform(post("/w/" + fay.workspaceId() + "/demo").with(csrf()).with(session))
                .andExpect(status().isNotFound());
    }
}
