package dev.tandem.exchange;

import static dev.tandem.TestUsers.json;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@TandemTest
class WorkspaceExportTests {

    @Autowired
    MockMvc mvc;

    @Test
    void theWholeWorkspaceComesOutAsOneJsonDocument() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        String org = mvc.perform(json(post(ada.workspacePath("/organizations")), "{\"name\":\"Núñez & Hijos\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String contact = mvc.perform(
                        json(post(ada.workspacePath("/contacts")), """
                {"displayName":"José Núñez","emails":["jose@example.es"],"organizationId":"%s"}""".formatted((String) JsonPath.read(org, "$.id")))
                                .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String partnership = mvc.perform(json(post(ada.workspacePath("/partnerships")), """
                {"name":"Olive oil sourcing","kind":"VENDOR","ownerId":"%s","contactId":"%s","cadenceIdealDays":14,"cadenceMaxDays":30}""".formatted(
                                        ada.userId(), (String) JsonPath.read(contact, "$.id")))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(json(
                                post(ada.workspacePath(
                                        "/partnerships/" + JsonPath.read(partnership, "$.id") + "/notes")),
                                "{\"body\":\"First tasting went well\",\"visibility\":\"INTERNAL\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated());

        mvc.perform(get(ada.workspacePath("/export")).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(jsonPath("$.format").value("tandem-workspace"))
                .andExpect(jsonPath("$.formatVersion").value(2))
                .andExpect(jsonPath("$.workspace.id").value(ada.workspaceId().toString()))
                .andExpect(jsonPath("$.accounts[0].email").value(ada.email()))
                .andExpect(jsonPath("$.sections.members.memberships[0].role").value("OWNER"))
                .andExpect(jsonPath("$.sections.contacts.contact_organizations[0].name")
                        .value("Núñez & Hijos"))
                .andExpect(
                        jsonPath("$.sections.contacts.contacts[0].display_name").value("José Núñez"))
                .andExpect(
                        jsonPath("$.sections.partnerships.partnerships[0].name").value("Olive oil sourcing"))
                .andExpect(jsonPath("$.sections.partnerships.partnership_stage_changes[0].to_stage")
                        .value("EXPLORING"))
                .andExpect(jsonPath("$.sections.partnerships.partnership_notes[0].body")
                        .value("First tasting went well"));
    }

    @Test
    void onlyOwnersAndAdminsOfTheWorkspaceMayExport() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var max = TestUsers.signUp(mvc, "Max");
        var eve = TestUsers.signUp(mvc, "Eve");
        TestUsers.addMember(mvc, ada, max, "MEMBER");

        mvc.perform(get(ada.workspacePath("/export")).with(max.bearer())).andExpect(status().isForbidden());
        mvc.perform(get(ada.workspacePath("/export")).with(eve.bearer())).andExpect(status().isNotFound());
    }
}
