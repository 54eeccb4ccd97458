package dev.tandem.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** A key result's value recorded in place on the goals tab, against the latest measurement the form showed. */
@TandemTest
class MeasurementInPlaceTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    RequestPostProcessor session;
    String page;
    String kr;
    String url;

    @BeforeEach
    void aKeyResult() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        var data = new GoalFixtures(mvc, ada);
        session = WebSessions.logIn(mvc, ada);
        String acme = data.partnership("Acme");
        kr = data.keyResult(data.goal(acme, "Grow", ""), "100", "200");
        page = "/w/" + ada.workspaceId() + "/partnerships/" + acme + "/goals";
        url = page.replace("/goals", "/key-results/" + kr + "/measurements");
    }

    @Test
    void aValueIsRecordedInPlaceAndOneRecordedMeanwhileIsShownWithTheInputKept() throws Exception {
        String seen = seen(mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("id=\"kr-" + kr + "\"")))
                .andExpect(content().string(containsString("hx-post=\"" + url + "\"")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(seen).isEmpty();

        String after = mvc.perform(htmx(save("150", seen)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<li id=\"kr-" + kr + "\"")))
                .andExpect(content().string(containsString("role=\"status\">Measurement recorded.")))
                .andExpect(content().string(containsString("latest 150 on")))
                .andExpect(content().string(containsString("50%")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(seen(after)).isNotEmpty();

        mvc.perform(htmx(save("120", seen)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed-meanwhile")))
                .andExpect(content().string(containsString("<details class=\"goal-inline-form\" open=\"open\">")))
                .andExpect(content().string(containsString("value=\"120\"")))
                .andExpect(content().string(containsString("name=\"seen\" value=\"" + seen(after) + "\"")));
        mvc.perform(htmx(save("120", seen(after)))).andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/key-results/" + kr + "/measurements"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(2));
    }

    @Test
    void aValueThatIsNotANumberIsSaidOnItsFieldAndNothingIsWritten() throws Exception {
        mvc.perform(htmx(save("lots", "")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("<details class=\"goal-inline-form\" open=\"open\">")))
                .andExpect(content().string(containsString("value=\"lots\"")))
                .andExpect(content()
                        .string(containsString("aria-invalid=\"true\" aria-describedby=\"measure-error-" + kr)));
        mvc.perform(htmx(save("5", "").param("measuredOn", "2100-01-01")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("A measurement cannot be dated in the future.")));
        mvc.perform(get(ada.workspacePath("/key-results/" + kr + "/measurements"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
    }

    @Test
    void withoutJavaScriptTheFormPostsAndTheTabComesBack() throws Exception {
        mvc.perform(save("150", "").with(session))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("notice", "goals.measurement.added"));
        mvc.perform(save("160", "").with(session))
                .andExpect(redirectedUrl(page))
                .andExpect(flash().attribute("problem", "version.meanwhile.listBy"));
        mvc.perform(get(page).with(session))
                .andExpect(content().string(containsString("latest 150 on")))
                .andExpect(content().string(not(containsString("latest 160"))));
    }

    private MockHttpServletRequestBuilder save(String value, String seen) {
        return post(url).with(csrf()).param("value", value).param("seen", seen);
    }

    private MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true").with(session);
    }

    private String seen(String html) {
        int at = html.indexOf("id=\"kr-" + kr + "\"");
        var seen = Pattern.compile("name=\"seen\" value=\"([^\"]*)\"").matcher(html);
        assertThat(seen.find(at)).isTrue();
        return seen.group(1);
    }
}
