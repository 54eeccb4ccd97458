package dev.tandem.shared;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.stream.Stream;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input an attacker or a careless client sends — control characters (U+0000 cannot be stored by PostgreSQL), nulls
 * inside lists, dates of year 999,999,999, enum ordinals, numbers as strings — is a 400 naming the field, never a 500
 * and never a coerced value. Each row is a request that once answered 500 or wrote something else than was sent.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    String partnership;
    String goal;
    String keyResult;

    @BeforeAll
    void setUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        partnership = id("/partnerships", "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\"}");
        goal = id("/partnerships/" + partnership + "/goals", "{\"title\":\"Grow\",\"dueOn\":\"2031-01-01\"}");
        keyResult = id("/goals/" + goal + "/key-results", "{\"metric\":\"Deals\",\"baseline\":0,\"target\":10}");
    }

    static Stream<Arguments> bodies() {
        String partnership = "/partnerships";
        String contacts = "/contacts";
        String commitments = "/partnerships/{p}/commitments";
        return Stream.of(
                // Control characters, in a field, in a list, escaped or not.
                row(contacts, "{\"displayName\":\"Ada\\u0000Lovelace\"}", "displayName"),
                row(contacts, "{\"displayName\":\"Ada\",\"tags\":[\"ok\",\"bad\\u0007\"]}", "tags[1]"),
                row(partnership, "{\"name\":\"Acme\\u001b[31m\",\"kind\":\"ORG_PARTNER\"}", "name"),
                row(partnership, "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\",\"purpose\":\"\\u0000\"}", "purpose"),
                row(commitments, "{\"what\":\"Send\\u0000it\",\"ownerSide\":\"US\",\"dueOn\":\"2031-01-01\"}", "what"),
                // Nulls inside lists.
                row(partnership, "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\",\"values\":[null]}", "values[0]"),
                row(
                        "/partnerships/{p}/goals",
                        "{\"title\":\"Grow\",\"dueOn\":\"2031-01-01\",\"serves\":[null]}",
                        "serves[0]"),
                row(
                        "/partnerships/{p}/meetings",
                        "{\"type\":\"CHECK_IN\",\"startsAt\":\"2031-01-01T10:00\","
                                + "\"endsAt\":\"2031-01-01T11:00\",\"timeZone\":\"UTC\",\"agenda\":[\"Hello\",null]}",
                        "agenda[1]"),
                // Dates outside the years 1900-2200.
                row(commitments, "{\"what\":\"Send\",\"ownerSide\":\"US\",\"dueOn\":\"+999999999-12-31\"}", "dueOn"),
                row(commitments, "{\"what\":\"Send\",\"ownerSide\":\"US\",\"dueOn\":\"-999999999-01-01\"}", "dueOn"),
                row(commitments, "{\"what\":\"Send\",\"ownerSide\":\"US\",\"dueOn\":\"1899-12-31\"}", "dueOn"),
                row("/partnerships/{p}/goals", "{\"title\":\"Grow\",\"dueOn\":\"2201-01-01\"}", "dueOn"),
                row(
                        "/key-results/{kr}/measurements",
                        "{\"value\":1,\"measuredOn\":\"-999999999-01-01\"}",
                        "measuredOn"),
                row(
                        "/partnerships/{p}/meetings",
                        "{\"type\":\"CHECK_IN\",\"startsAt\":\"+999999999-01-01T10:00\","
                                + "\"endsAt\":\"+999999999-01-01T11:00\",\"timeZone\":\"UTC\"}",
                        "startsAt"),
                // Enum ordinals and coercions.
                row(partnership, "{\"name\":\"Acme\",\"kind\":1}", "kind"),
                row(partnership, "{\"name\":\"Acme\",\"kind\":\"1\"}", "kind"),
                row(
                        partnership,
                        "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\",\"cadenceIdealDays\":1.5}",
                        "cadenceIdealDays"),
                row(
                        partnership,
                        "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\",\"cadenceIdealDays\":\"12\"}",
                        "cadenceIdealDays"),
                row(partnership, "{\"name\":12,\"kind\":\"ORG_PARTNER\"}", "name"),
                row(partnership, "{\"name\":true,\"kind\":\"ORG_PARTNER\"}", "name"),
                row(
                        "/partnerships/{p}/meetings",
                        "{\"type\":\"CHECK_IN\",\"startsAt\":\"2031-01-01T10:00\","
                                + "\"endsAt\":\"2031-01-01T11:00\",\"timeZone\":\"UTC\",\"listenFirst\":1}",
                        "listenFirst"),
                row("/key-results/{kr}/measurements", "{\"value\":\"12\"}", "value"),
                row("/members", "{\"email\":\"bob@example.test\",\"role\":1}", "role"));
    }

    private static Arguments row(String path, String body, String field) {
        return Arguments.of(path, body, field);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("bodies")
    void aHostileBodyIs400OnItsField(String path, String body, String field) throws Exception {
        String target = path.replace("{p}", partnership).replace("{kr}", keyResult);
        mvc.perform(json(post(ada.workspacePath(target)), body).with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[*].field", hasItem(field)));
    }

    @Test
    void theMessageSaysWhatIsExpected() throws Exception {
        mvc.perform(json(post(ada.workspacePath("/partnerships")), "{\"name\":\"Acme\",\"kind\":1}")
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.errors[0].message").value(Matchers.startsWith("Choose one of \"")));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + partnership + "/commitments")),
                                "{\"what\":\"Send\",\"ownerSide\":\"US\",\"dueOn\":\"+999999999-12-31\"}")
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.errors[0].message").value("Choose a date between the years 1900 and 2200."));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\",\"values\":[null]}")
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.errors[0].message").value("A list cannot contain null items."));
    }

    @Test
    void tabsLineBreaksAndTheEdgesOfTheAllowedYearsAreKept() throws Exception {
        String contact = id("/contacts", "{\"displayName\":\"Ada\",\"notes\":\"one\\ttwo\\r\\nthree\"}");
        mvc.perform(get(ada.workspacePath("/contacts/" + contact)).with(ada.bearer()))
                .andExpect(jsonPath("$.notes").value("one\ttwo\r\nthree"));
        id(
                "/partnerships/" + partnership + "/commitments",
                "{\"what\":\"Early\",\"ownerSide\":\"US\",\"dueOn\":\"1900-01-01\"}");
        id(
                "/partnerships/" + partnership + "/commitments",
                "{\"what\":\"Late\",\"ownerSide\":\"US\",\"dueOn\":\"2200-12-31\"}");
    }

    @Test
    void anythingAfterTheDocumentIsRefused() throws Exception {
        mvc.perform(json(post(ada.workspacePath("/contacts")), "{\"displayName\":\"Ada\"} {\"displayName\":\"Eve\"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aControlCharacterInAQueryParameterIs400() throws Exception {
        for (String path : new String[] {"/contacts", "/partnerships", "/audit-events"}) {
            mvc.perform(get(ada.workspacePath(path)).param("q", "a\u0000b").with(ada.bearer()))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("q"));
        }
        mvc.perform(get(ada.workspacePath("/contacts")).param("q", "tab\there").with(ada.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void aControlCharacterInAFormFieldIsA400Page() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/w/" + ada.workspaceId() + "/contacts")
                        .with(session)
                        .with(csrf())
                        .param("displayName", "Ada\u0000"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aFormDateOutsideTheAllowedYearsComesBackAsTheFormsProblem() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/w/" + ada.workspaceId() + "/partnerships/" + partnership + "/commitments")
                        .with(session)
                        .with(csrf())
                        .param("what", "Send")
                        .param("ownerSide", "US")
                        .param("dueOn", "+999999999-12-31"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("problem", "validation.date.range"));
    }

    @Test
    void aGoalFormWithADateOutsideTheAllowedYearsSaysSoInline() throws Exception {
        var session = WebSessions.logIn(mvc, ada);
        mvc.perform(post("/w/" + ada.workspaceId() + "/partnerships/" + partnership + "/goals")
                        .with(session)
                        .with(csrf())
                        .param("title", "Forever")
                        .param("dueOn", "+999999999-12-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Choose a date between the years 1900 and 2200.")));
    }

    @Test
    void aLogInWithAnOverlongEmailIsRefusedPolitely() throws Exception {
        String email = "a".repeat(400) + "@example.test";
        mvc.perform(json(
                        post("/api/v1/auth/login"),
                        "{\"email\":\"%s\",\"password\":\"whatever it is\"}".formatted(email)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("email"));
        mvc.perform(post("/login").with(csrf()).param("email", email).param("password", "whatever it is"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/login?error&email="));
        mvc.perform(json(
                        post("/api/v1/auth/login"),
                        "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(ada.email(), "x".repeat(200))))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aMemberPatchedWithAnOrdinalKeepsTheirRole() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bob, "VIEWER");
        mvc.perform(json(patch(ada.workspacePath("/members/" + bob.userId())), "{\"role\":1}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(ada.workspacePath("/members/" + bob.userId())).with(ada.bearer()))
                .andExpect(jsonPath("$.role").value("VIEWER"));
    }

    private String id(String path, String body) throws Exception {
        String response = mvc.perform(json(post(ada.workspacePath(path)), body).with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }
}
