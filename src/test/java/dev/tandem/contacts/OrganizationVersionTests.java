package dev.tandem.contacts;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** No lost updates on organisations (issue 17): ETag and If-Match on the API, the version on the edit form. */
@TandemTest
class OrganizationVersionTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    String id;
    String path;

    @BeforeEach
    void organisation() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        String created = mvc.perform(json(
                                post(ada.workspacePath("/organizations")),
                                "{\"name\":\"Acme\",\"industry\":\"Tools\",\"tags\":[]}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        id = JsonPath.read(created, "$.id");
        path = ada.workspacePath("/organizations/" + id);
    }

    @Test
    void aStalePutIsRefusedWith412AndWritesNothing() throws Exception {
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(json(put(path), "{\"name\":\"Acme\",\"industry\":\"Hardware\",\"tags\":[]}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put(path), "{\"name\":\"Acme Ltd\",\"industry\":\"Tools\",\"tags\":[]}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.changedBy").value("Ada"))
                .andExpect(jsonPath("$.changedFields[0]").value("name"))
                .andExpect(jsonPath("$.changedFields[1]").value("industry"));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.name").value("Acme"))
                .andExpect(jsonPath("$.industry").value("Hardware"));
    }

    @Test
    void theEditFormOpenedBeforeAChangeSaysWhoChangedWhat() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/organizations/" + id;
        mvc.perform(get(page + "/edit").with(session))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(put(path), "{\"name\":\"Acme\",\"industry\":\"Hardware\",\"tags\":[]}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(post(page)
                        .with(csrf())
                        .with(session)
                        .param("version", "0")
                        .param("name", "Acme")
                        .param("industry", "Tools")
                        .param("notes", "Met at the fair"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This was changed meanwhile by Ada")))
                .andExpect(content().string(containsString("<li>Industry</li>")))
                .andExpect(content().string(containsString("<li>Notes</li>")))
                .andExpect(content().string(containsString("Met at the fair")))
                .andExpect(content().string(containsString("name=\"version\" value=\"1\"")));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.industry").value("Hardware"))
                .andExpect(content().string(Matchers.not(containsString("Met at the fair"))));
    }
}
