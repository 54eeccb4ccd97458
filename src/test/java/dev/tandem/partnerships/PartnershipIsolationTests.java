package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static dev.tandem.partnerships.PartnershipMother.partnership;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockServletContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** No route lets a user of another workspace see or touch a partnership: every one answers 404. */
@TandemTest
class PartnershipIsolationTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    SignedUp eve;
    UUID acme;
    String note;
    String participant;

    @BeforeEach
    void twoWorkspaces() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        eve = TestUsers.signUp(mvc, "Eve");
        acme = partnership("Acme").create(mvc, ada);
        note = JsonPath.read(
                mvc.perform(json(post(path("/notes")), "{\"body\":\"secret\"}").with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        participant = JsonPath.read(
                mvc.perform(json(
                                        post(path("/participants")),
                                        "{\"userId\":\"%s\",\"role\":\"Lead\"}".formatted(ada.userId()))
                                .with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }

    @Test
    void anotherUsersTokenGets404OnEveryRouteOfTheWorkspace() throws Exception {
        for (MockHttpServletRequestBuilder request : routes(ada.workspacePath("/partnerships"), path(""))) {
            mvc.perform(request.with(eve.bearer())).andExpect(status().isNotFound());
        }
    }

    @Test
    void anIdOfAnotherWorkspaceIsNotFoundInOnesOwn() throws Exception {
        for (MockHttpServletRequestBuilder request :
                routes(eve.workspacePath("/partnerships"), eve.workspacePath("/partnerships/" + acme))) {
            String uri = request.buildRequest(new MockServletContext()).getRequestURI();
            if (uri.endsWith("/partnerships") || uri.endsWith("/losing-touch")) {
                continue;
            }
            mvc.perform(request.with(eve.bearer())).andExpect(status().isNotFound());
        }
        mvc.perform(get(eve.workspacePath("/partnerships")).with(eve.bearer()))
                .andExpect(jsonPath("$.items.length()").value(0));
        mvc.perform(get(path("/notes")).with(ada.bearer()))
                .andExpect(jsonPath("$.items.length()").value(1));
    }

    private List<MockHttpServletRequestBuilder> routes(String list, String one) {
        String body = partnership("Stolen").body();
        return List.of(
                get(list),
                json(post(list), body),
                get(list + "/losing-touch"),
                get(one),
                json(put(one), body),
                delete(one),
                json(post(one + "/stage"), "{\"stage\":\"COLLABORATING\",\"reason\":\"x\"}"),
                get(one + "/stages"),
                get(one + "/timeline"),
                get(one + "/notes"),
                json(post(one + "/notes"), "{\"body\":\"x\"}"),
                delete(one + "/notes/" + note),
                get(one + "/participants"),
                json(post(one + "/participants"), "{\"userId\":\"%s\",\"role\":\"x\"}".formatted(eve.userId())),
                delete(one + "/participants/" + participant));
    }

    private String path(String rest) {
        return ada.workspacePath("/partnerships/" + acme + rest);
    }
}
