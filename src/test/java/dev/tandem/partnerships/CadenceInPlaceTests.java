package dev.tandem.partnerships;

import static dev.tandem.partnerships.PartnershipMother.partnership;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
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
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The cadence edited in place on a partnership's overview, like the purpose. */
@TandemTest
class CadenceInPlaceTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor session;
    String page;
    String url;

    @BeforeEach
    void partnershipWithTheDefaultCadence() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        UUID acme = partnership("Acme Labs").create(mvc, ada);
        page = "/w/" + ada.workspaceId() + "/partnerships/" + acme;
        url = page + "/cadence";
    }

    @Test
    void theCadenceIsChangedInPlaceAndAChangeMadeMeanwhileIsShownWithTheInputKept() throws Exception {
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("hx-get=\"" + url + "/edit\"")))
                .andExpect(content().string(containsString("Ideally every 14 days, at most every 30 days.")));
        String version = version(mvc.perform(htmx(get(url + "/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<section id=\"partnership-cadence\"")))
                .andExpect(content().string(containsString("name=\"idealDays\" autofocus")))
                .andExpect(content().string(containsString("value=\"14\"")))
                .andReturn()
                .getResponse()
                .getContentAsString());

        mvc.perform(htmx(save("7", "21", version)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<section id=\"partnership-cadence\"")))
                .andExpect(content().string(containsString("role=\"status\">Cadence saved.")))
                .andExpect(content().string(containsString("Ideally every 7 days, at most every 21 days.")));
        mvc.perform(htmx(save("10", "40", version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed-meanwhile")))
                .andExpect(content().string(containsString("value=\"10\"")))
                .andExpect(content().string(containsString("value=\"40\"")));
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("Ideally every 7 days, at most every 21 days.")));
    }

    @Test
    void aCadenceThatCannotBeIsSaidOnItsFieldAndNothingIsWritten() throws Exception {
        mvc.perform(htmx(save("30", "7", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("role=\"alert\">The maximum interval must be at least")))
                .andExpect(content().string(containsString("aria-invalid=\"true\" aria-describedby=\"cadence-error\"")))
                .andExpect(content().string(containsString("value=\"30\"")));
        mvc.perform(htmx(save("soon", "30", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("The ideal interval must be between 1 and 365 days.")))
                .andExpect(content().string(containsString("value=\"soon\"")));
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("Ideally every 14 days, at most every 30 days.")));
    }

    @Test
    void withoutJavaScriptTheFormPostsAndTheOverviewComesBack() throws Exception {
        mvc.perform(get(url + "/edit").with(session)).andExpect(redirectedUrl(page + "/edit"));
        mvc.perform(save("5", "10", null).with(session))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "partnerships.cadence.saved"));
        mvc.perform(save("0", "10", null).with(session))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("problem", "partnership.cadence.ideal"));
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("Ideally every 5 days, at most every 10 days.")))
                .andExpect(content().string(not(containsString("every 0 days"))));
    }

    private MockHttpServletRequestBuilder save(String ideal, String max, String version) {
        var request = post(url).with(csrf()).param("idealDays", ideal).param("maxDays", max);
        return version == null ? request : request.param("version", version);
    }

    private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true").with(session);
    }

    private static String version(String form) {
        var version = Pattern.compile("name=\"version\" value=\"(\\d+)\"").matcher(form);
        assertThat(version.find()).isTrue();
        return version.group(1);
    }
}
