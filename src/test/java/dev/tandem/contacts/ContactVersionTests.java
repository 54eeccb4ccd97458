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

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** No lost updates on contacts (issue 17): ETag and If-Match on the API, the version on the edit form. */
@TandemTest
class ContactVersionTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    UUID bea;
    String path;

    @BeforeEach
    void contact() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        bea = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Bea Rossi\",\"title\":\"Buyer\"}");
        path = ada.workspacePath("/contacts/" + bea);
    }

    @Test
    void aStalePutIsRefusedWith412AndWritesNothing() throws Exception {
        mvc.perform(get(path).with(ada.bearer())).andExpect(header().string("ETag", "\"0\""));
        mvc.perform(json(put(path), "{\"displayName\":\"Bea Rossi\",\"title\":\"Head of buying\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.version").value(1));
        mvc.perform(json(put(path), "{\"displayName\":\"Beatrice Rossi\",\"title\":\"Buyer\"}")
                        .header("If-Match", "\"0\"")
                        .with(ada.bearer()))
                .andExpect(status().isPreconditionFailed())
                .andExpect(header().string("ETag", "\"1\""))
                .andExpect(jsonPath("$.changedFields[0]").value("displayName"))
                .andExpect(jsonPath("$.changedFields[1]").value("title"));
        mvc.perform(get(path).with(ada.bearer()))
                .andExpect(jsonPath("$.displayName").value("Bea Rossi"))
                .andExpect(jsonPath("$.title").value("Head of buying"));
        mvc.perform(json(put(path), "{\"displayName\":\"Beatrice Rossi\"}").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"2\""));
    }

    @Test
    void theEditFormOpenedBeforeAChangeSaysWhoChangedWhat() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        String page = "/w/" + ada.workspaceId() + "/contacts/" + bea;
        mvc.perform(get(page + "/edit").with(session))
                .andExpect(content().string(containsString("name=\"version\" value=\"0\"")));
        mvc.perform(json(put(path), "{\"displayName\":\"Bea Rossi\",\"title\":\"Head of buying\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(post(page)
                        .with(csrf())
                        .with(session)
                        .param("version", "0")
                        .param("displayName", "Bea Rossi")
                        .param("title", "Buyer")
                        .param("department", "Sales"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This was changed meanwhile by Ada")))
                .andExpect(content().string(containsString("<li>Title</li>")))
                .andExpect(content().string(containsString("<li>Department</li>")))
                .andExpect(content().string(containsString("value=\"Sales\"")));
        mvc.perform(get(path).with(ada.bearer())).andExpect(jsonPath("$.title").value("Head of buying"));
    }
}
