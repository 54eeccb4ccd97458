package dev.tandem.feedback;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/** Pulse surveys through HTTP: sending a round, answering by link without an account, results and health. */
@TandemTest
class PulseApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SignedUp ada;
    UUID acme;
    UUID ana;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        ana = contact(ada, "Ana Rossi", "it");
        RhythmMother.id(
                mvc,
                ada,
                "/partnerships/" + acme + "/participants",
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(ana));
        RhythmMother.ourParticipant(mvc, ada, acme);
    }

    UUID contact(SignedUp user, String name, String language) throws Exception {
        return RhythmMother.id(
                mvc, user, "/contacts", """
                {"displayName":"%s","emails":["%s@example.org"],"phones":[],"tags":[],"preferredLanguage":"%s"}""".formatted(name, name.toLowerCase().replace(' ', '.'), language));
    }

    /** Sends a round to Ana (and Ada when {@code withAda}); answers the round id and the links, Ana's first. */
    Sent send(String title, UUID partnership, UUID contact, boolean withAda) throws Exception {
        String people =
                "{\"partnershipId\":\"%s\",\"kind\":\"CONTACT\",\"personId\":\"%s\"}".formatted(partnership, contact)
                        + (withAda
                                ? ",{\"partnershipId\":\"%s\",\"kind\":\"MEMBER\",\"personId\":\"%s\"}"
                                        .formatted(partnership, ada.userId())
                                : "");
        String body = mvc.perform(json(
                                post(ada.workspacePath("/feedback/rounds")),
                                "{\"title\":\"%s\",\"people\":[%s]}".formatted(title, people))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.round.status").value("OPEN"))
                .andExpect(jsonPath("$.links[0].delivery").value("NOT_CONFIGURED"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> links = JsonPath.read(body, "$.links[*].link");
        return new Sent(
                UUID.fromString(JsonPath.read(body, "$.round.id")),
                links.stream().map(PulseApiTests::path).toList());
    }

    record Sent(UUID round, List<String> links) {}

    static String path(String link) {
        return URI.create(link).getPath();
    }

    static String api(String link) {
        return "/api/v1" + link;
    }

    void answer(String link, int satisfaction) throws Exception {
        mvc.perform(json(
                        post(api(link)),
                        "{\"satisfaction\":%d,\"continueLikelihood\":8,\"answer1\":\"Great team\"}"
                                .formatted(satisfaction)))
                .andExpect(status().isCreated());
    }

    @Test
    void aLinkOpensInTheContactsLanguageAndAnswersOnceWithoutAnAccount() throws Exception {
        var sent = send("Winter pulse", acme, ana, true);
        String link = sent.links().get(0);
        assertThat(link).startsWith("/pulse/" + sent.round() + "/");
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(token.length()).as("256 random bits, base64url").isGreaterThanOrEqualTo(43);
        assertThat(jdbc.sql("select count(*) from feedback_recipients where token_hash = :t")
                        .param("t", token)
                        .query(Integer.class)
                        .single())
                .as("only the hash is stored")
                .isZero();

        mvc.perform(get(api(link)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.language").value("it"))
                .andExpect(jsonPath("$.questions[0].text").value("Nel complesso, quanto sei soddisfatto di Acme?"));
        mvc.perform(get(link))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("lang=\"it\"")))
                .andExpect(content().string(containsString("Ciao Ana Rossi, come sta andando?")))
                .andExpect(content().string(not(containsString("mainnav"))));

        answer(link, 4);
        mvc.perform(json(post(api(link)), "{\"satisfaction\":1}"))
                .andExpect(status().isGone())
                .andExpect(jsonPath("$.status").value(410));
        mvc.perform(get(link))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Questo link non accetta più risposte")));
        assertThat(jdbc.sql("select count(*) from feedback_answers where round_id = :r")
                        .param("r", sent.round())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        mvc.perform(get(ada.workspacePath("/feedback/rounds/" + sent.round())).with(ada.bearer()))
                .andExpect(jsonPath("$.sent").value(2))
                .andExpect(jsonPath("$.answered").value(1))
                .andExpect(jsonPath("$.partnerships[0].responseRate").value(50))
                .andExpect(jsonPath("$.partnerships[0].average").value(4.0))
                .andExpect(jsonPath("$.partnerships[0].distribution[3]").value(1))
                .andExpect(jsonPath("$.partnerships[0].comments[0].answer1").value("Great team"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", hasItem("feedback.answered")));
        mvc.perform(get(ada.workspacePath("/notifications")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].kind", hasItem("SURVEY_ANSWERED")))
                .andExpect(jsonPath("$.items[*].text", hasItem("Acme: Ana Rossi (4/5) answered the pulse survey")));
    }

    @Test
    void anAnswerGoesToTheWebhooksSubscribedToIt() throws Exception {
        mvc.perform(json(post(ada.workspacePath("/webhooks")), """
                        {"url":"https://93.184.215.14/hooks/tandem","eventTypes":["survey.answered"]}""").with(ada.bearer()))
                .andExpect(status().isCreated());
        var sent = send("Spring pulse", acme, ana, false);
        answer(sent.links().get(0), 2);
        String payload = jdbc.sql("select payload from webhook_messages where workspace_id = :ws")
                .param("ws", ada.workspaceId())
                .query(String.class)
                .single();
        assertThat((String) JsonPath.read(payload, "$.type")).isEqualTo("survey.answered");
        assertThat((String) JsonPath.read(payload, "$.data.roundId"))
                .isEqualTo(sent.round().toString());
        assertThat((Integer) JsonPath.read(payload, "$.data.satisfaction")).isEqualTo(2);
    }

    @Test
    void aTokenOfOneRoundCannotAnswerAnotherAndBadAnswersWriteNothing() throws Exception {
        var first = send("First", acme, ana, false);
        var second = send("Second", acme, ana, false);
        String token = first.links().get(0).substring(first.links().get(0).lastIndexOf('/') + 1);
        mvc.perform(json(post("/api/v1/pulse/" + second.round() + "/" + token), "{\"satisfaction\":3}"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pulse/" + second.round() + "/" + token)).andExpect(status().isNotFound());
        mvc.perform(json(post(api(first.links().get(0))), "{\"satisfaction\":6}"))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(api(first.links().get(0))), "{\"satisfaction\":3,\"continueLikelihood\":11}"))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from feedback_answers where round_id in (:a, :b)")
                        .param("a", first.round())
                        .param("b", second.round())
                        .query(Integer.class)
                        .single())
                .isZero();
        answer(first.links().get(0), 3);
    }

    @Test
    void aClosedRoundTakesNoMoreAnswersAndClosingTwiceIsAConflict() throws Exception {
        var sent = send("Closing", acme, ana, false);
        mvc.perform(post(ada.workspacePath("/feedback/rounds/" + sent.round() + "/close"))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("CLOSED"));
        mvc.perform(post(ada.workspacePath("/feedback/rounds/" + sent.round() + "/close"))
                        .with(ada.bearer()))
                .andExpect(status().isConflict());
        mvc.perform(json(post(api(sent.links().get(0))), "{\"satisfaction\":5}"))
                .andExpect(status().isGone());
        mvc.perform(get(sent.links().get(0)))
                .andExpect(status().isGone())
                .andExpect(content().string(containsString("Il sondaggio è stato chiuso")));
    }

    @Test
    void satisfactionFeedsTheHealthIndexAndADropRaisesASignal() throws Exception {
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                .andExpect(
                        jsonPath("$.factors[?(@.name == 'SATISFACTION')].evidence", hasItem("No pulse surveys yet.")));
        var first = send("Autumn", acme, ana, false);
        answer(first.links().get(0), 5);
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                .andExpect(jsonPath("$.factors[?(@.name == 'SATISFACTION')].score", hasItem(100)))
                .andExpect(jsonPath("$.signals[?(@.type == 'SATISFACTION_DROPPING')]")
                        .isEmpty());
        var second = send("Winter", acme, ana, false);
        answer(second.links().get(0), 3);
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                // average 4 of 5 is 75, less 20 points for each point the latest round fell: 2 × 20
                .andExpect(jsonPath("$.factors[?(@.name == 'SATISFACTION')].score", hasItem(35)))
                .andExpect(jsonPath("$.signals[?(@.type == 'SATISFACTION_DROPPING')].severity", hasItem("HIGH")));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/pulse")).with(ada.bearer()))
                .andExpect(jsonPath("$.length()").value(2))
                .andExpect(jsonPath("$[0].average").value(5.0))
                .andExpect(jsonPath("$[1].average").value(3.0));
    }

    @Test
    void aLowRatingRaisesTheSignalToo() throws Exception {
        var sent = send("Pulse", acme, ana, false);
        answer(sent.links().get(0), 2);
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/health")).with(ada.bearer()))
                .andExpect(jsonPath("$.signals[?(@.type == 'SATISFACTION_DROPPING')].severity", hasItem("MEDIUM")));
    }

    @Test
    void roundsAreRefusedWithNothingWrittenForBadInputAndOtherWorkspacesPeople() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        UUID bobs = RhythmMother.partnership(mvc, bob, "Bobco");
        UUID bea = contact(bob, "Bea", "es");
        RhythmMother.id(
                mvc,
                bob,
                "/partnerships/" + bobs + "/participants",
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(bea));
        int before = rounds();
        mvc.perform(json(post(ada.workspacePath("/feedback/rounds")), "{\"title\":\"x\",\"people\":[]}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(ada.workspacePath("/feedback/rounds")), """
                {"title":"x","days":61,"people":[{"partnershipId":"%s","kind":"CONTACT","personId":"%s"}]}""".formatted(acme, ana))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(ada.workspacePath("/feedback/rounds")), """
                {"title":"x","people":[{"partnershipId":"%s","kind":"CONTACT","personId":"%s"}]}""".formatted(acme, bea))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post(ada.workspacePath("/feedback/rounds")), """
                {"title":"x","people":[{"partnershipId":"%s","kind":"CONTACT","personId":"%s"}]}""".formatted(bobs, bea))
                        .with(ada.bearer()))
                .andExpect(status().isNotFound());
        assertThat(rounds()).isEqualTo(before);

        var sent = send("Mine", acme, ana, false);
        mvc.perform(get(bob.workspacePath("/feedback/rounds/" + sent.round())).with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/feedback/rounds/" + sent.round())).with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(post(bob.workspacePath("/feedback/rounds/" + sent.round() + "/close"))
                        .with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(bob.workspacePath("/feedback/rounds")).with(bob.bearer()))
                .andExpect(jsonPath("$.length()").value(0));
    }

    int rounds() {
        return jdbc.sql("select count(*) from feedback_rounds")
                .query(Integer.class)
                .single();
    }

    @Test
    void theTemplateIsVersionedAndItsQuestionsGoWithTheRound() throws Exception {
        mvc.perform(get(ada.workspacePath("/feedback/template")).with(ada.bearer()))
                .andExpect(header().string("ETag", "\"0\""))
                .andExpect(jsonPath("$.openQuestion1").doesNotExist());
        mvc.perform(json(put(ada.workspacePath("/feedback/template")), "{\"openQuestion1\":\"What did we learn?\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""));
        mvc.perform(json(put(ada.workspacePath("/feedback/template")), "{\"openQuestion1\":\"Stale\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(json(
                                put(ada.workspacePath("/feedback/template")),
                                "{\"openQuestion1\":\"%s\"}".formatted("x".repeat(301)))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        var sent = send("Learning", acme, ana, false);
        mvc.perform(get(api(sent.links().get(0))))
                .andExpect(jsonPath("$.questions[2].text").value("What did we learn?"))
                .andExpect(
                        jsonPath("$.questions[3].text").value("Qual è una cosa che dovremmo cambiare o fare meglio?"));
    }

    @Test
    void thePublicPageWorksAsAPlainFormWithoutJavaScript() throws Exception {
        var sent = send("Form", acme, ana, false);
        String link = sent.links().get(0);
        MockHttpSession browser = new MockHttpSession();
        mvc.perform(post(link).session(browser).with(csrf()).param("answer1", "Missing rating"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Scegli quanto sei soddisfatto, da 1 a 5.")))
                .andExpect(content().string(containsString("Missing rating")));
        mvc.perform(post(link)
                        .session(browser)
                        .with(csrf())
                        .param("satisfaction", "4")
                        .param("answer2", "More calls"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(link));
        mvc.perform(post(link).session(browser).with(csrf()).param("satisfaction", "1"))
                .andExpect(status().isGone());
        mvc.perform(get(ada.workspacePath("/feedback/rounds/" + sent.round())).with(ada.bearer()))
                .andExpect(jsonPath("$.partnerships[0].comments[0].answer2").value("More calls"));
    }

    @Test
    void membersSeeTheRoundPagesAndTheHealthPageShowsSatisfaction() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String ws = "/w/" + ada.workspaceId();
        mvc.perform(get(ws + "/feedback/rounds/new")
                        .param("partnership", acme.toString())
                        .with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ana Rossi")));
        String location = mvc.perform(post(ws + "/feedback/rounds")
                        .with(session)
                        .with(csrf())
                        .param("title", "From the page")
                        .param("partnership", acme.toString())
                        .param("people", acme + ":CONTACT:" + ana))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        var page = mvc.perform(get(location).with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From the page")))
                .andReturn();
        mvc.perform(get(ws + "/feedback").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("From the page")));
        var sent = send("Health", acme, ana, false);
        answer(sent.links().get(0), 4);
        mvc.perform(get(ws + "/partnerships/" + acme + "/feedback").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("pulse-chart")))
                .andExpect(content().string(containsString("4.0 / 5")));
        mvc.perform(get(ws + "/partnerships/" + acme + "/health").with(session))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("An average of 4.0 out of 5 from 1 pulse rating")))
                .andExpect(content().string(not(containsString("No pulse surveys yet."))));
        assertThat(page.getResponse().getContentAsString()).contains("Not mailed");
    }
}
