package dev.tandem.contacts;

import static dev.tandem.TestUsers.json;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.UUID;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Test data through the API, and a browser session for page tests. */
final class ContactsFixture {

    private ContactsFixture() {}

    static UUID contact(MockMvc mvc, SignedUp user, String body) throws Exception {
        String response = mvc.perform(
                        json(post(user.workspacePath("/contacts")), body).with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    static UUID organization(MockMvc mvc, SignedUp user, String body) throws Exception {
        String response = mvc.perform(
                        json(post(user.workspacePath("/organizations")), body).with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return UUID.fromString(JsonPath.read(response, "$.id"));
    }

    static RequestPostProcessor logIn(MockMvc mvc, SignedUp user) throws Exception {
        return WebSessions.logIn(mvc, user);
    }
}
