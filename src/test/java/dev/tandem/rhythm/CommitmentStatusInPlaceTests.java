package dev.tandem.rhythm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
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

/** A commitment's status changed in place on the commitments tab: by the commitment's rules, against a version. */
@TandemTest
class CommitmentStatusInPlaceTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CommitmentService commitments;

    SignedUp ada;
    RequestPostProcessor session;
    String tab;
    String ws;
    UUID draft;

    @BeforeEach
    void anOpenCommitment() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        session = WebSessions.logIn(mvc, ada);
        UUID acme = RhythmMother.partnership(mvc, ada, "Acme Labs");
        draft = RhythmMother.commitment(mvc, ada, acme, "Send the draft", "US", "2099-01-31");
        ws = "/w/" + ada.workspaceId();
        tab = ws + "/partnerships/" + acme + "/commitments";
    }

    @Test
    void theStatusIsChangedInPlaceAndAChangeMadeMeanwhileIsShownWithTheInputKept() throws Exception {
        mvc.perform(get(tab).with(session))
                .andExpect(content().string(containsString("id=\"commitment-" + draft + "\"")))
                .andExpect(content()
                        .string(containsString("hx-get=\"" + ws + "/commitments/" + draft + "/status/edit\"")));
        String version = version(mvc.perform(htmx(get(ws + "/commitments/" + draft + "/status/edit")))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<li id=\"commitment-" + draft + "\"")))
                .andExpect(
                        content().string(containsString("value=\"OPEN\" autofocus=\"autofocus\" checked=\"checked\"")))
                .andReturn()
                .getResponse()
                .getContentAsString());
        String yesterday = commitments.today().minusDays(1).toString();

        mvc.perform(htmx(save("DONE", yesterday, version)))
                .andExpect(status().isOk())
                .andExpect(content().string(startsWith("<li id=\"commitment-" + draft + "\"")))
                .andExpect(content().string(containsString("role=\"status\">Commitment updated.")))
                .andExpect(content().string(containsString(">Done</span>")));
        mvc.perform(htmx(save("DROPPED", "", version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("changed-meanwhile")))
                .andExpect(content()
                        .string(containsString("value=\"DROPPED\" autofocus=\"autofocus\" checked=\"checked\"")));
        mvc.perform(get(tab).with(session))
                .andExpect(content().string(containsString(">Done</span>")))
                .andExpect(content().string(not(containsString(">Dropped</span>"))));
    }

    @Test
    void aDoneDateStillToComeIsSaidOnItsFieldAndNothingIsWritten() throws Exception {
        String tomorrow = commitments.today().plusDays(1).toString();
        mvc.perform(htmx(save("DONE", tomorrow, null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("role=\"alert\">The done date cannot be in the future.")))
                .andExpect(content().string(containsString("value=\"" + tomorrow + "\" aria-invalid=\"true\"")))
                .andExpect(
                        content().string(containsString("value=\"DONE\" autofocus=\"autofocus\" checked=\"checked\"")));
        mvc.perform(htmx(save("LOST", "", null)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Choose open, done or dropped.")));
        mvc.perform(get(tab).with(session))
                .andExpect(content().string(containsString(">Open</span>")))
                .andExpect(content().string(not(containsString(">Done</span>"))));
    }

    @Test
    void withoutJavaScriptTheFormOpensOnTheWholeTabAndPostsBackToIt() throws Exception {
        mvc.perform(get(ws + "/commitments/" + draft + "/status/edit").with(session))
                .andExpect(redirectedUrl(tab + "?editing=" + draft + "#commitment-" + draft));
        mvc.perform(get(tab).param("editing", draft.toString()).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("commitment-row commitment-editing")))
                .andExpect(
                        content().string(containsString("<legend>Status: <strong>Send the draft</strong></legend>")));
        mvc.perform(save("DROPPED", "", null).with(session)).andExpect(redirectedUrl(tab));
        mvc.perform(get(tab).with(session))
                .andExpect(content().string(containsString(">Dropped</span>")))
                .andExpect(content().string(not(containsString("commitment-editing"))));
    }

    private MockHttpServletRequestBuilder save(String status, String doneOn, String version) {
        var request = post(ws + "/commitments/" + draft + "/status")
                .with(csrf())
                .param("status", status)
                .param("doneOn", doneOn);
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
