package dev.tandem.feedback;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import dev.tandem.guests.GuestWorld;
import dev.tandem.rhythm.RhythmMother;
import java.net.URI;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stories through HTTP: members tell, edit and delete their own (versioned); another workspace sees nothing; a guest
 * reads only the SHARED ones of their partnership and tells theirs, always SHARED; a pulse link tells one with the
 * answer, or writes nothing when either is refused.
 */
@TandemTest
class StoryApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SignedUp ada;
    UUID acme;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
    }

    String stories(UUID partnership) {
        return ada.workspacePath("/partnerships/" + partnership + "/stories");
    }

    String tell(SignedUp who, String body) throws Exception {
        return mvc.perform(json(post(stories(acme)), body).with(who.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    int count(String where) {
        return jdbc.sql("select count(*) from feedback_stories where " + where)
                .query(Integer.class)
                .single();
    }

    @Test
    void aMemberTellsAStoryInternalByDefaultOnTheTimelineAndChangesItWithItsVersion() throws Exception {
        String told = tell(ada, "{\"prompt\":\"PROUD\",\"body\":\"  The pilot went live on time.  \"}");
        assertThat(JsonPath.<String>read(told, "$.body")).isEqualTo("The pilot went live on time.");
        assertThat(JsonPath.<String>read(told, "$.visibility")).isEqualTo("INTERNAL");
        assertThat(JsonPath.<String>read(told, "$.side")).isEqualTo("OURS");
        assertThat(JsonPath.<Boolean>read(told, "$.mine")).isTrue();
        String id = JsonPath.read(told, "$.id");
        mvc.perform(get(stories(acme)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].prompt").value("PROUD"))
                .andExpect(jsonPath("$[0].authorName").value("Ada"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", hasItem("feedback.story.PROUD")))
                .andExpect(jsonPath("$.items[*].text", hasItem("Ada told a story: a moment we were proud of")));

        mvc.perform(json(
                                put(stories(acme) + "/" + id),
                                "{\"body\":\"Live on time, together.\",\"visibility\":\"SHARED\"}")
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string(HttpHeaders.ETAG, "\"1\""))
                .andExpect(jsonPath("$.visibility").value("SHARED"))
                .andExpect(jsonPath("$.prompt").doesNotExist());
        mvc.perform(json(put(stories(acme) + "/" + id), "{\"body\":\"Stale\"}")
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
        mvc.perform(delete(stories(acme) + "/" + id)
                        .header(HttpHeaders.IF_MATCH, "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed());
        assertThat(count("body = 'Live on time, together.'")).isEqualTo(1);
        mvc.perform(delete(stories(acme) + "/" + id)
                        .header(HttpHeaders.IF_MATCH, "\"1\"")
                        .with(ada.bearer()))
                .andExpect(status().isNoContent());
        assertThat(count("partnership_id = '" + acme + "'")).isZero();
    }

    @Test
    void badInputIsAProblemNamingTheFieldAndWritesNothing() throws Exception {
        mvc.perform(json(post(stories(acme)), "{\"body\":\"   \"}").with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(json(post(stories(acme)), "{\"body\":\"%s\"}".formatted("x".repeat(Story.MAX_LENGTH + 1)))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(json(post(stories(acme)), "{\"body\":\"Fine\",\"prompt\":\"BRAGGING\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("prompt"));
        mvc.perform(json(post(stories(acme)), "{\"body\":\"Fine\",\"visibility\":\"PUBLIC\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("visibility"));
        tell(ada, "{\"body\":\"%s\"}".formatted("x".repeat(Story.MAX_LENGTH)));
        assertThat(count("partnership_id = '" + acme + "'")).isEqualTo(1);
    }

    @Test
    void onlyTheAuthorChangesAStoryAndAnAdminMayDeleteIt() throws Exception {
        SignedUp bea = TestUsers.signUp(mvc, "Bea");
        TestUsers.addMember(mvc, ada, bea, "MEMBER");
        SignedUp vic = TestUsers.signUp(mvc, "Vic");
        TestUsers.addMember(mvc, ada, vic, "VIEWER");
        String id = JsonPath.read(tell(bea, "{\"body\":\"Bea's story\"}"), "$.id");
        mvc.perform(get(stories(acme)).with(ada.bearer()))
                .andExpect(jsonPath("$[0].mine").value(false));
        mvc.perform(json(put(stories(acme) + "/" + id), "{\"body\":\"Ada rewrites it\"}")
                        .with(ada.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(json(post(stories(acme)), "{\"body\":\"A viewer's story\"}").with(vic.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get(stories(acme)).with(vic.bearer()))
                .andExpect(jsonPath("$.length()").value(1));
        String other = JsonPath.read(tell(ada, "{\"body\":\"Ada's story\"}"), "$.id");
        mvc.perform(delete(stories(acme) + "/" + other).with(bea.bearer())).andExpect(status().isForbidden());
        mvc.perform(delete(stories(acme) + "/" + id).with(ada.bearer())).andExpect(status().isNoContent());
        assertThat(count("body = 'Bea''s story'")).isZero();
    }

    @Test
    void anotherWorkspaceSeesNoStoryAndCannotReachOne() throws Exception {
        String id = JsonPath.read(tell(ada, "{\"body\":\"Ours alone\",\"visibility\":\"SHARED\"}"), "$.id");
        SignedUp eve = TestUsers.signUp(mvc, "Eve");
        mvc.perform(get(stories(acme)).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(json(post(stories(acme)), "{\"body\":\"Intrusion\"}").with(eve.bearer()))
                .andExpect(status().isNotFound());
        UUID evesPartnership = RhythmMother.partnership(mvc, eve, "Eve's");
        String evePath = eve.workspacePath("/partnerships/" + evesPartnership + "/stories/" + id);
        mvc.perform(json(put(evePath), "{\"body\":\"Taken over\"}").with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(evePath).with(eve.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(eve.workspacePath("/partnerships/" + evesPartnership + "/stories"))
                        .with(eve.bearer()))
                .andExpect(jsonPath("$.length()").value(0));
        assertThat(count("body = 'Ours alone' and version = 0")).isEqualTo(1);
    }

    @Test
    void aGuestReadsOnlyTheSharedStoriesOfTheirPartnershipAndTellsTheirsShared() throws Exception {
        var world = new GuestWorld(mvc);
        String p1 = world.owner.workspacePath("/partnerships/" + world.p1 + "/stories");
        mvc.perform(json(post(p1), "{\"body\":\"An internal " + GuestWorld.SECRET + " story\"}")
                        .with(world.owner.bearer()))
                .andExpect(status().isCreated());
        mvc.perform(json(post(p1), "{\"body\":\"Both teams at the fair\",\"visibility\":\"SHARED\"}")
                        .with(world.owner.bearer()))
                .andExpect(status().isCreated());
        mvc.perform(get(p1).with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].body").value("Both teams at the fair"));
        mvc.perform(json(
                                post(p1),
                                "{\"prompt\":\"CHANGED\",\"body\":\"We hire differently now\",\"visibility\":\"INTERNAL\"}")
                        .with(world.guest.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.visibility").value("SHARED"))
                .andExpect(jsonPath("$.side").value("THEIRS"))
                .andExpect(jsonPath("$.source").value("GUEST"));
        var session = WebSessions.logIn(mvc, world.guest);
        mvc.perform(post("/w/" + world.workspace + "/partnerships/" + world.p1 + "/stories")
                        .param("body", "Told from the partner view")
                        .with(session)
                        .with(csrf()))
                .andExpect(
                        redirectedUrl("/w/" + world.workspace + "/partnerships/" + world.p1 + "/partner-view#stories"));
        String page = mvc.perform(get("/w/" + world.workspace + "/partnerships/" + world.p1 + "/stories")
                        .with(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("Told from the partner view", "We hire differently now", "Both teams at the fair")
                .doesNotContain(GuestWorld.SECRET)
                .doesNotContain("name=\"visibility\"");
        mvc.perform(get(world.owner.workspacePath("/partnerships/" + world.p2 + "/stories"))
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        String theirs = JsonPath.read(
                mvc.perform(get(p1).with(world.guest.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$[0].id");
        mvc.perform(json(put(p1 + "/" + theirs), "{\"body\":\"Changed\"}").with(world.guest.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(p1).with(world.owner.bearer()))
                .andExpect(jsonPath("$.length()").value(4))
                .andExpect(jsonPath("$[*].authorName", hasItem("Gaia")));
    }

    @Test
    void aStoryComesWithAPulseAnswerFromTheRespondentsSideOrNothingIsWritten() throws Exception {
        UUID ana = RhythmMother.id(mvc, ada, "/contacts", """
                {"displayName":"Ana Rossi","emails":["ana.story@example.org"],"phones":[],"tags":[],"preferredLanguage":"it"}""");
        RhythmMother.id(
                mvc,
                ada,
                "/partnerships/" + acme + "/participants",
                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(ana));
        String sent = mvc.perform(json(
                                post(ada.workspacePath("/feedback/rounds")),
                                "{\"title\":\"Spring\",\"people\":[{\"partnershipId\":\"%s\",\"kind\":\"CONTACT\",\"personId\":\"%s\"}]}"
                                        .formatted(acme, ana))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String link = URI.create(JsonPath.<String>read(sent, "$.links[0].link")).getPath();
        String round = JsonPath.read(sent, "$.round.id");

        String form = mvc.perform(get(link)).andReturn().getResponse().getContentAsString();
        assertThat(form).contains("name=\"story\"", "name=\"storyPrompt\"", "Una storia (facoltativa)");
        mvc.perform(post(link)
                        .param("satisfaction", "5")
                        .param("storyPrompt", "GROWING")
                        .param("story", "y".repeat(Story.MAX_LENGTH + 1))
                        .with(csrf()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(post("/api/v1" + link), "{\"satisfaction\":5,\"story\":\"Fine\",\"storyPrompt\":\"NOPE\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("prompt"));
        assertThat(count("partnership_id = '" + acme + "'")).isZero();
        assertThat(jdbc.sql("select count(*) from feedback_answers where round_id = :r")
                        .param("r", UUID.fromString(round))
                        .query(Integer.class)
                        .single())
                .as("a refused story refuses the answer too")
                .isZero();

        mvc.perform(post(link)
                        .param("satisfaction", "5")
                        .param("storyPrompt", "GROWING")
                        .param("story", "Sì: ora progettiamo insieme.")
                        .with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get(stories(acme)).with(ada.bearer()))
                .andExpect(jsonPath("$[0].body").value("Sì: ora progettiamo insieme."))
                .andExpect(jsonPath("$[0].prompt").value("GROWING"))
                .andExpect(jsonPath("$[0].side").value("THEIRS"))
                .andExpect(jsonPath("$[0].source").value("LINK"))
                .andExpect(jsonPath("$[0].visibility").value("INTERNAL"))
                .andExpect(jsonPath("$[0].authorName").value("Ana Rossi"))
                .andExpect(jsonPath("$[0].roundId").value(round))
                .andExpect(jsonPath("$[0].mine").value(false));
        mvc.perform(get(ada.workspacePath("/partnerships/" + acme + "/timeline"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].text", hasItem("Ana Rossi told a story: are we growing together?")));
        mvc.perform(post(link)
                        .param("satisfaction", "4")
                        .param("story", "Again")
                        .with(csrf()))
                .andExpect(status().isGone());
        assertThat(count("partnership_id = '" + acme + "'")).isEqualTo(1);
    }

    @Test
    void thePartnerVoicePageLoadsTheStoriesSectionWithAnEmptyStateAndInlineErrors() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/partnerships/" + acme;
        String voice = mvc.perform(get(page + "/feedback").with(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(voice).contains("hx-get=\"" + page + "/stories\"");
        String fragment = mvc.perform(
                        get(page + "/stories").header("HX-Request", "true").with(session))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(fragment)
                .doesNotContain("<html")
                .contains("No stories yet. A story keeps")
                .contains("name=\"visibility\"");
        String refused = mvc.perform(post(page + "/stories")
                        .param("prompt", "PROUD")
                        .param("body", "  ")
                        .with(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(refused).contains("field-error").contains("This field is required.");
        assertThat(count("partnership_id = '" + acme + "'")).isZero();
        mvc.perform(post(page + "/stories")
                        .param("prompt", "PROUD")
                        .param("body", "The first workshop")
                        .param("visibility", "SHARED")
                        .with(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "/feedback#stories"));
        String id = jdbc.sql("select id from feedback_stories where body = 'The first workshop'")
                .query(UUID.class)
                .single()
                .toString();
        mvc.perform(post(page + "/stories/" + id + "/edit")
                        .param("body", "The first workshop, in Turin")
                        .param("visibility", "SHARED")
                        .param("version", "0")
                        .with(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "/feedback#stories"));
        String stale = mvc.perform(post(page + "/stories/" + id + "/edit")
                        .param("body", "An old copy")
                        .param("version", "0")
                        .with(session)
                        .with(csrf()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(stale).contains("changed-meanwhile", "An old copy");
        mvc.perform(post(page + "/stories/" + id + "/delete")
                        .param("version", "1")
                        .with(session)
                        .with(csrf()))
                .andExpect(redirectedUrl(page + "/feedback#stories"));
        assertThat(count("partnership_id = '" + acme + "'")).isZero();
        String shared = mvc.perform(
                        get(page + "/stories").param("shared", "true").with(session))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(shared).doesNotContain("name=\"body\"").contains("No stories shared yet.");
        mvc.perform(get(page + "/stories")).andExpect(status().is3xxRedirection());
    }
}
