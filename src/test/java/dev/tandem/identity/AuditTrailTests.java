package dev.tandem.identity;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.WebSessions;
import java.util.List;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Exports, deletions, role and settings changes land in the audit log, with who did it and on what. */
@TandemTest
class AuditTrailTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;
    SignedUp bob;

    @BeforeEach
    void workspace() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        bob = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bob, "MEMBER");
    }

    @Test
    void exportsDeletionsRoleAndSettingsChangesAreRecordedAndShown() throws Exception {
        mvc.perform(get(ada.workspacePath("/contacts/export?format=csv")).with(bob.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get(ada.workspacePath("/export")).with(ada.bearer())).andExpect(status().isOk());

        String partnership = id(ada, "/partnerships", "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\"}");
        String note = id(
                bob, "/partnerships/" + partnership + "/notes", "{\"body\":\"Call back\",\"visibility\":\"SHARED\"}");
        String goal =
                id(bob, "/partnerships/" + partnership + "/goals", "{\"title\":\"Launch\",\"dueOn\":\"2099-12-31\"}");
        String meeting = id(bob, "/partnerships/" + partnership + "/meetings", """
                {"type":"CHECK_IN","startsAt":"2030-01-10T10:00","endsAt":"2030-01-10T11:00","timeZone":"Europe/Rome"}""");
        String contact = id(ada, "/contacts", "{\"displayName\":\"Carla\",\"emails\":[],\"phones\":[],\"tags\":[]}");
        String organization = id(ada, "/organizations", "{\"name\":\"Globex\"}");
        mvc.perform(delete(ada.workspacePath("/partnerships/" + partnership + "/notes/" + note))
                        .with(bob.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(ada.workspacePath("/goals/" + goal)).with(bob.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(ada.workspacePath("/meetings/" + meeting)).with(bob.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(ada.workspacePath("/contacts/" + contact)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(ada.workspacePath("/organizations/" + organization)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(delete(ada.workspacePath("/partnerships/" + partnership)).with(ada.bearer()))
                .andExpect(status().isNoContent());

        String settings = mvc.perform(get(ada.workspacePath("/health/settings")).with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(json(put(ada.workspacePath("/health/settings")), settings).with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(patch(ada.workspacePath("/members/" + bob.userId())), "{\"role\":\"VIEWER\"}")
                        .with(ada.bearer()))
                .andExpect(status().isOk());

        String log = mvc.perform(get(ada.workspacePath("/audit-events"))
                        .param("limit", "200")
                        .with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        for (String target : new String[] {
            "contacts/export?format=csv",
            "export",
            "partnerships/" + partnership + "/notes/" + note,
            "goals/" + goal,
            "meetings/" + meeting,
            "contacts/" + contact,
            "organizations/" + organization,
            "partnerships/" + partnership,
            "health/settings"
        }) {
            Assertions.assertThat(JsonPath.<List<String>>read(log, "$.items[*].target"))
                    .as(target + " in " + log)
                    .contains(target);
        }
        mvc.perform(get(ada.workspacePath("/audit-events")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[?(@.target == 'goals/" + goal + "')].action")
                        .value(hasItem("RECORD_DELETED")))
                .andExpect(jsonPath("$.items[?(@.target == 'goals/" + goal + "')].actor")
                        .value(hasItem(bob.email())))
                .andExpect(jsonPath("$.items[?(@.target == 'contacts/export?format=csv')].action")
                        .value(hasItem("DATA_EXPORTED")))
                .andExpect(jsonPath("$.items[?(@.target == 'health/settings')].action")
                        .value(hasItem("SETTINGS_CHANGED")))
                .andExpect(jsonPath("$.items[*].action").value(hasItem("ROLE_CHANGED")));

        mvc.perform(get("/w/" + ada.workspaceId() + "/audit").with(WebSessions.logIn(mvc, ada)))
                .andExpect(content().string(containsString("Data exported")))
                .andExpect(content().string(containsString("Deleted")))
                .andExpect(content().string(containsString("Settings changed")))
                .andExpect(content().string(containsString("partnerships/" + partnership)))
                .andExpect(content().string(containsString("Role changed")));
    }

    @Test
    void refusedAndFailedCallsAreNotRecorded() throws Exception {
        String partnership = id(ada, "/partnerships", "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\"}");
        mvc.perform(delete(ada.workspacePath("/partnerships/" + partnership)).with(bob.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(delete(ada.workspacePath("/goals/" + UUID.randomUUID())).with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/audit-events")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[?(@.action == 'RECORD_DELETED')]").isEmpty());
    }

    @Test
    void aMemberDeletesTheirOwnNotesButNotAColleagues() throws Exception {
        String partnership = id(ada, "/partnerships", "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\"}");
        String adas =
                id(ada, "/partnerships/" + partnership + "/notes", "{\"body\":\"Ada's\",\"visibility\":\"SHARED\"}");
        String bobs =
                id(bob, "/partnerships/" + partnership + "/notes", "{\"body\":\"Bob's\",\"visibility\":\"SHARED\"}");
        mvc.perform(delete(ada.workspacePath("/partnerships/" + partnership + "/notes/" + adas))
                        .with(bob.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Only its author, an admin or an owner can delete this note."));
        mvc.perform(delete(ada.workspacePath("/partnerships/" + partnership + "/notes/" + bobs))
                        .with(bob.bearer()))
                .andExpect(status().isNoContent());

        String contact = id(ada, "/contacts", "{\"displayName\":\"Carla\",\"emails\":[],\"phones\":[],\"tags\":[]}");
        String adasOnContact = id(ada, "/contacts/" + contact + "/notes", "{\"body\":\"Met at the fair\"}");
        String bobsOnContact = id(bob, "/contacts/" + contact + "/notes", "{\"body\":\"Likes tea\"}");
        mvc.perform(delete(ada.workspacePath("/contacts/" + contact + "/notes/" + adasOnContact))
                        .with(bob.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(delete(ada.workspacePath("/contacts/" + contact + "/notes/" + bobsOnContact))
                        .with(ada.bearer()))
                .andExpect(status().isNoContent());
    }

    @Test
    void aViewerCannotExportAndAMemberCannotDeleteAPartnership() throws Exception {
        var vic = TestUsers.signUp(mvc, "Vic");
        TestUsers.addMember(mvc, ada, vic, "VIEWER");
        mvc.perform(get(ada.workspacePath("/contacts/export")).with(vic.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/w/" + ada.workspaceId() + "/contacts/export").with(WebSessions.logIn(mvc, vic)))
                .andExpect(status().isForbidden());
        String partnership = id(ada, "/partnerships", "{\"name\":\"Acme\",\"kind\":\"ORG_PARTNER\"}");
        mvc.perform(delete(ada.workspacePath("/partnerships/" + partnership)).with(bob.bearer()))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("This needs the ADMIN role or a stronger one."));
    }

    private String id(SignedUp user, String path, String body) throws Exception {
        String response = mvc.perform(json(post(ada.workspacePath(path)), body).with(user.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$.id");
    }
}
