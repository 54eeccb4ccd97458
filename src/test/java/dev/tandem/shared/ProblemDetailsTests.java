package dev.tandem.shared;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every kind of API error answers an RFC 9457 problem, and nothing of the server's insides. */
@TandemTest
@Import(ProblemDetailsTests.Failing.class)
class ProblemDetailsTests {

    @Autowired
    MockMvc mvc;

    @Test
    void unauthenticatedIs401WithAChallenge() throws Exception {
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Not authenticated"))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.instance").value("/api/v1/me"));
    }

    @Test
    void unknownRoutesWrongMethodsAndMediaTypes() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(get("/api/v1/no-such-thing").with(ada.bearer()))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("There is nothing here. Check the address."));
        mvc.perform(delete("/api/v1/me").with(ada.bearer()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "GET"))
                .andExpect(jsonPath("$.title").value("Method not allowed"));
        // the same on routes with variables, which the handler lookup narrows by their path's shape (QuickRoutes)
        String contacts = "/api/v1/workspaces/" + ada.workspaceId() + "/contacts";
        mvc.perform(put(contacts).with(ada.bearer()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", containsString("POST")));
        mvc.perform(get(contacts + "/duplicates/more").with(ada.bearer())).andExpect(status().isNotFound());
        mvc.perform(get(contacts + "/duplicates").with(ada.bearer())).andExpect(status().isOk());
        mvc.perform(post("/api/v1/me/tokens")
                        .contentType(MediaType.TEXT_PLAIN)
                        .content("name")
                        .with(ada.bearer()))
                .andExpect(status().isUnsupportedMediaType())
                .andExpect(jsonPath("$.status").value(415));
    }

    @Test
    void anOversizedBodyIs413AndIsNotRead() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String huge = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        mvc.perform(json(post("/api/v1/me/tokens"), huge).with(ada.bearer()))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail").value("The request body is larger than the 1024 KB allowed."));
    }

    @Test
    void aWrongTypeInAPathIs400() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(delete("/api/v1/me/tokens/not-a-uuid").with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("tokenId"));
    }

    @Test
    void anUnexpectedErrorIsLoggedWithAnIdAndRevealsNothing() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(get("/api/v1/test/failure").with(ada.bearer()))
                .andExpect(status().isInternalServerError())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errorId").isNotEmpty())
                .andExpect(jsonPath("$.detail", containsString("reference")))
                .andExpect(content().string(not(containsString("IllegalStateException"))))
                .andExpect(content().string(not(containsString("secret database detail"))));
    }

    @Test
    void problemsSpeakTheCallersLanguage() throws Exception {
        mvc.perform(get("/api/v1/me").header("Accept-Language", "it-IT,it;q=0.9"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.title").value("Autenticazione richiesta"));
    }

    @Test
    void aSignedInCallerAsksInItsOwnLanguageWhateverTheAccountSays() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String missing = "/api/v1/workspaces/" + ada.workspaceId() + "/partnerships/" + UUID.randomUUID();
        mvc.perform(get(missing).with(ada.bearer()).header("Accept-Language", "es-MX,es;q=0.9,en;q=0.5"))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("No existe esta alianza en este espacio de trabajo."));
        mvc.perform(get(missing).with(ada.bearer()).header("Accept-Language", "fr"))
                .andExpect(jsonPath("$.detail").value("There is no such partnership in this workspace."));
    }

    @Test
    void anOversizedUploadSendsAPageBackToItsFormAndTheApiA413() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String page = "/w/" + ada.workspaceId() + "/contacts/import";
        byte[] eleven = new byte[11 * 1024 * 1024 + 1];
        mvc.perform(post(page)
                        .contentType("multipart/form-data; boundary=x")
                        .content(eleven)
                        .header("Referer", "http://localhost" + page))
                .andExpect(status().isSeeOther())
                .andExpect(redirectedUrl(page + "?tooLarge"));
        mvc.perform(post("/api/v1/workspaces/" + ada.workspaceId() + "/contacts/import")
                        .with(ada.bearer())
                        .contentType("multipart/form-data; boundary=x")
                        .content(eleven))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.detail")
                        .value("The file is larger than the 10 MB allowed. Choose a smaller file."));
    }

    /** A controller that fails the way a bug would; registered for this test only. */
    @TestConfiguration
    static class Failing {

        @RestController
        static class FailingApiController {

            @GetMapping("/api/v1/test/failure")
            String fail() {
                throw new IllegalStateException("secret database detail");
            }
        }
    }
}
