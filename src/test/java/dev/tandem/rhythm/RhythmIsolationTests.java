package dev.tandem.rhythm;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** No rhythm route lets a user of another workspace see or touch a meeting or a commitment: every one is 404. */
@TandemTest
class RhythmIsolationTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    SignedUp eve;
    UUID acme;
    UUID meeting;
    UUID commitment;
    UUID ana;

    @BeforeEach
    void twoWorkspaces() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        eve = TestUsers.signUp(mvc, "Eve");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
        ana = RhythmMother.theirParticipant(mvc, ada, acme, "Ana");
        meeting = RhythmMother.meeting(mvc, ada, acme, "CHECK_IN", "2020-03-01T10:00", "2020-03-01T11:00");
        commitment = RhythmMother.commitment(mvc, ada, acme, "Secret", "US", "2030-01-01");
    }

    @Test
    void anotherUsersTokenGets404OnEveryRoute() throws Exception {
        for (var request : routes(ada::workspacePath)) {
            mvc.perform(request.with(eve.bearer())).andExpect(status().isNotFound());
        }
    }

    @Test
    void anIdOfAnotherWorkspaceIsNotFoundInOnesOwn() throws Exception {
        for (var request : routes(eve::workspacePath)) {
            String uri = request.buildRequest(new MockServletContext()).getRequestURI();
            if ((uri.endsWith("/commitments") || uri.endsWith("/by-owner")) && !uri.contains("/partnerships/")) {
                continue;
            }
            mvc.perform(request.with(eve.bearer())).andExpect(status().isNotFound());
        }
        mvc.perform(get(eve.workspacePath("/commitments?status=open")).with(eve.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(eve.workspacePath("/commitments/by-owner?status=open")).with(eve.bearer()))
                .andExpect(jsonPath("$.groups.length()").value(0));
        mvc.perform(get(ada.workspacePath("/meetings/" + meeting)).with(ada.bearer()))
                .andExpect(jsonPath("$.held").value(false))
                .andExpect(jsonPath("$.notes").value(""));
        mvc.perform(get(ada.workspacePath("/commitments/x".replace("/x", "?status=open")))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].status").value("OPEN"));
    }

    @Test
    void pagesOfAnotherWorkspaceAre404() throws Exception {
        var session = WebSessions.logIn(mvc, eve);
        String base = "/w/" + ada.workspaceId();
        for (String page : List.of(
                "/partnerships/" + acme + "/meetings",
                "/meetings/" + meeting,
                "/partnerships/" + acme + "/commitments",
                "/commitments",
                "/my-week")) {
            mvc.perform(get(base + page).with(session)).andExpect(status().isNotFound());
        }
        String own = "/w/" + eve.workspaceId();
        for (String page : List.of(
                "/partnerships/" + acme + "/meetings",
                "/meetings/" + meeting,
                "/partnerships/" + acme + "/commitments")) {
            mvc.perform(get(own + page).with(session)).andExpect(status().isNotFound());
        }
    }

    private List<MockHttpServletRequestBuilder> routes(Function<String, String> path) {
        String one = path.apply("/meetings/" + meeting);
        String p = path.apply("/partnerships/" + acme);
        String item = "{\"what\":\"x\",\"ownerSide\":\"US\",\"dueOn\":\"2030-01-01\"}";
        return List.of(
                get(p + "/meetings"),
                json(
                        post(p + "/meetings"),
                        "{\"type\":\"INFORMAL\",\"startsAt\":\"2030-03-01T10:00\","
                                + "\"endsAt\":\"2030-03-01T11:00\",\"timeZone\":\"UTC\"}"),
                get(one),
                json(patch(one), "{\"notes\":\"stolen\",\"held\":true}"),
                delete(one),
                get(one + "/attendance"),
                json(put(one + "/attendance"), "{\"participantId\":\"%s\",\"status\":\"ATTENDED\"}".formatted(ana)),
                get(one + "/action-items"),
                json(post(one + "/action-items"), item),
                get(p + "/commitments"),
                json(post(p + "/commitments"), item),
                get(p + "/reliability"),
                json(patch(path.apply("/commitments/" + commitment)), "{\"status\":\"DROPPED\"}"),
                get(path.apply("/commitments")),
                get(path.apply("/commitments/by-owner")));
    }
}
