package dev.tandem.feedback;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
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
import dev.tandem.rhythm.RhythmMother;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The retrospective pages: starting one shows its links once, the public answer page is a plain form in the
 * retrospective's language (switchable), and the results page shows nothing but the count below the threshold.
 */
@TandemTest
class RetroPagesTests {

    private static final Pattern LINK = Pattern.compile("value=\"(https?://[^\"]*/retro/[^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SignedUp ada;
    UUID acme;
    RequestPostProcessor session;
    String ws;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        session = WebSessions.logIn(mvc, ada);
        ws = "/w/" + ada.workspaceId();
    }

    @Test
    void startedFromThePageItShowsItsLinksOnceAndOnlyTheCountBelowTheThreshold() throws Exception {
        mvc.perform(get(ws + "/partnerships/" + acme + "/feedback").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("No retrospective yet.")))
                .andExpect(content().string(containsString("/partnerships/" + acme + "/retros/new")));
        mvc.perform(get(ws + "/partnerships/" + acme + "/retros/new").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Start an anonymous retrospective")))
                .andExpect(content().string(containsString("What went well in Acme?")));
        String location = mvc.perform(post(ws + "/partnerships/" + acme + "/retros")
                        .with(session)
                        .with(csrf())
                        .param("title", "Year one")
                        .param("links", "4")
                        .param("threshold", "3")
                        .param("days", "14")
                        .param("language", "en")
                        .param("wentWellQuestion", "What made you proud?")
                        .param("toImproveQuestion", ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(location).startsWith(ws + "/retros/");
        String page = mvc.perform(get(location).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Copy the links now")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> links = LINK.matcher(page)
                .results()
                .map(m -> URI.create(m.group(1)).getPath())
                .toList();
        assertThat(links).hasSize(4).doesNotHaveDuplicates();
        mvc.perform(get(location).with(session))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(not(
                                containsString("/retro/" + location.substring(location.lastIndexOf('/') + 1) + "/"))))
                .andExpect(content().string(containsString("No answers yet")));

        answer(links.get(0), "5", "The workshop in Turin");
        answer(links.get(1), "4", "Monthly calls");
        mvc.perform(get(location).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 answers")))
                .andExpect(
                        content().string(containsString("Results stay hidden until at least 3 people have answered")))
                .andExpect(content().string(not(containsString("The workshop in Turin"))))
                .andExpect(content().string(not(containsString("Monthly calls"))))
                .andExpect(content().string(not(containsString("4.5 / 5"))));

        answer(links.get(2), "3", "Openness");
        mvc.perform(get(location).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 answers")))
                .andExpect(content().string(containsString("4.0 / 5")))
                .andExpect(content().string(containsString("What made you proud?")))
                .andExpect(content().string(containsString("The workshop in Turin")))
                .andExpect(content().string(containsString("Openness")))
                .andExpect(content().string(containsString("random order")));
        mvc.perform(get(ws + "/partnerships/" + acme + "/feedback").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Year one")))
                .andExpect(content().string(containsString(location)));
    }

    @Test
    void theAnswerPageIsAPlainFormInTheRetrosLanguageThatTheRespondentCanSwitch() throws Exception {
        var started = start("it");
        String link = started.get(0);
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"it\"")))
                .andExpect(content().string(containsString("Stiamo crescendo insieme?")))
                .andExpect(content().string(containsString("Cosa è andato bene in Acme?")))
                .andExpect(content().string(not(containsString("<script"))))
                .andExpect(content().string(not(containsString("Ada"))));
        mvc.perform(get(link).param("lang", "es"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("¿Estamos creciendo juntos?")));
        mvc.perform(post(link)
                        .with(csrf())
                        .param("lang", "it")
                        .param("growing", "9")
                        .param("wentWell", "Tenere questo testo"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Scegli un numero da 1 a 5.")))
                .andExpect(content().string(containsString("Tenere questo testo")));
        assertThat(answers()).isZero();
        mvc.perform(post(link)
                        .with(csrf())
                        .param("lang", "it")
                        .param("growing", "4")
                        .param("toImprove", "Più tempo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link + "?lang=it"));
        assertThat(answers()).isOne();
        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Questo link è già stato usato")));
        mvc.perform(post(link).with(csrf()).param("growing", "1")).andExpect(status().isGone());
        assertThat(answers()).isOne();
        mvc.perform(get(link.substring(0, link.lastIndexOf('/') + 1) + "not-a-token"))
                .andExpect(status().isNotFound());
    }

    @Test
    void badInputOnTheStartFormIsShownNextToItsFieldAndNothingIsWritten() throws Exception {
        mvc.perform(post(ws + "/partnerships/" + acme + "/retros")
                        .with(session)
                        .with(csrf())
                        .param("title", "Too few")
                        .param("links", "5")
                        .param("threshold", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("At least 3 people must answer before results show.")));
        mvc.perform(post(ws + "/partnerships/" + acme + "/retros")
                        .with(session)
                        .with(csrf())
                        .param("title", "Letters")
                        .param("links", "many"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Hand out between 1 and 200 links.")));
        assertThat(jdbc.sql("select count(*) from feedback_retros where partnership_id = :p")
                        .param("p", acme)
                        .query(Integer.class)
                        .single())
                .isZero();
        var bob = TestUsers.signUp(mvc, "Bob");
        var started = start("en");
        String retroId = started.get(0).split("/")[2];
        mvc.perform(get("/w/" + bob.workspaceId() + "/retros/" + retroId).with(WebSessions.logIn(mvc, bob)))
                .andExpect(status().isNotFound());
    }

    private List<String> start(String language) throws Exception {
        String body = mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + acme + "/retros")),
                                "{\"title\":\"Year one\",\"links\":3,\"language\":\"%s\"}".formatted(language))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> urls = JsonPath.read(body, "$.links");
        return urls.stream().map(u -> URI.create(u).getPath()).toList();
    }

    private void answer(String link, String growing, String wentWell) throws Exception {
        mvc.perform(post(link).with(csrf()).param("growing", growing).param("wentWell", wentWell))
                .andExpect(status().is3xxRedirection());
    }

    private int answers() {
        return jdbc.sql("select count(*) from feedback_retro_answers r join feedback_retros t "
                        + "on t.workspace_id = r.workspace_id and t.id = r.retro_id where t.partnership_id = :p")
                .param("p", acme)
                .query(Integer.class)
                .single();
    }
}
