package dev.tandem.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.guests.GuestWorld;
import dev.tandem.identity.WorkspaceService;
import dev.tandem.shared.UserId;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A whole-workspace export restored into a new workspace through the API: the same content, every reference
 * intact, with new ids; and every refusal before anything is written.
 */
@TandemTest
class WorkspaceRestoreTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    WorkspaceService workspaces;

    @Autowired
    JsonMapper json;

    @Test
    void theDemoComesBackTheSameInANewWorkspace() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(post(ada.workspacePath("/demo")).with(ada.bearer())).andExpect(status().isCreated());
        byte[] exported = export(ada, ada.workspaceId());
        JsonNode original = json.readTree(exported);
        assertThat(original.path("formatVersion").intValue()).isEqualTo(2);
        for (String table : new String[] {
            "contacts/contacts",
            "contacts/contact_organizations",
            "contacts/contact_notes",
            "partnerships/partnerships",
            "partnerships/partnership_stage_changes",
            "partnerships/partnership_participants",
            "partnerships/partnership_notes",
            "goals/goals",
            "goals/goal_key_results",
            "goals/goal_measurements",
            "goals/goal_consultations",
            "rhythm/rhythm_meetings",
            "rhythm/rhythm_attendance",
            "rhythm/rhythm_commitments",
            "health/health_snapshots",
            "health/health_scores",
            "timeline/timeline_entries"
        }) {
            assertThat(original.at("/sections/" + table).size()).as(table).isPositive();
        }

        UUID restored = newWorkspace(ada, "Restored demo");
        mvc.perform(multipart("/api/v1/workspaces/" + restored + "/import")
                        .file(file(exported))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.sections.partnerships").isNumber())
                .andExpect(jsonPath("$.peopleMissing").isEmpty());

        JsonNode again = json.readTree(export(ada, restored));
        var comparison = SameApartFromIds.compare(comparable(original, ada.userId()), comparable(again, ada.userId()));
        comparison.assertSame();
        assertThat(comparison.forth).containsEntry(ada.workspaceId(), restored);
        assertThat(comparison.renumbered()).isGreaterThan(100);

        // The restored workspace works through the API, and the original one did not change.
        mvc.perform(get("/api/v1/workspaces/" + restored + "/partnerships?limit=100")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items.length()")
                        .value(original.at("/sections/partnerships/partnerships")
                                .size()));
        SameApartFromIds.compare(
                        comparable(original, ada.userId()),
                        comparable(json.readTree(export(ada, ada.workspaceId())), ada.userId()))
                .assertSame();
    }

    /** Files made before tag rows carried their contact's sort key (0.2 and earlier) still list a tag A to Z. */
    @Test
    void aFileWhoseTagRowsHaveNoSortKeyListsATagsContactsAToZ() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        for (String name : List.of("Zoe Zeta", "Bea Beta", "Al Alpha")) {
            mvc.perform(post(ada.workspacePath("/contacts"))
                            .contentType("application/json")
                            .content("{\"displayName\":\"%s\",\"tags\":[\"mentor\"]}".formatted(name))
                            .with(ada.bearer()))
                    .andExpect(status().isCreated());
        }
        ObjectNode exported = (ObjectNode) json.readTree(export(ada, ada.workspaceId()));
        exported.at("/sections/contacts/contact_tags").forEach(row -> {
            assertThat(row.has("sort_key")).isTrue();
            ((ObjectNode) row).remove("sort_key");
        });

        UUID restored = newWorkspace(ada, "Restored");
        mvc.perform(multipart("/api/v1/workspaces/" + restored + "/import")
                        .file(file(json.writeValueAsBytes(exported)))
                        .with(ada.bearer()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/workspaces/" + restored + "/contacts?tag=mentor&limit=2")
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].displayName").value("Al Alpha"))
                .andExpect(jsonPath("$.items[1].displayName").value("Bea Beta"))
                .andExpect(jsonPath("$.nextCursor").isNotEmpty());
    }

    @Test
    void guestsSpacesAndFilesComeBackForPeopleWithAnAccountHere() throws Exception {
        var world = new GuestWorld(mvc);
        var olivia = world.owner;
        byte[] exported = export(olivia, world.workspace);
        JsonNode original = json.readTree(exported);
        assertThat(original.at("/sections/space/space_files").size()).isPositive();
        assertThat(original.at("/sections/space/space_files/0/content").stringValue())
                .isNotBlank();
        assertThat(original.at("/sections/guests/invitations/0").has("token_hash"))
                .isFalse();

        UUID restored = newWorkspace(olivia, "Restored guests");
        mvc.perform(multipart("/api/v1/workspaces/" + restored + "/import")
                        .file(file(exported))
                        .with(olivia.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peopleFound.length()").value(2));

        JsonNode again = json.readTree(export(olivia, restored));
        SameApartFromIds.compare(comparable(original, olivia.userId()), comparable(again, olivia.userId()))
                .assertSame();
        // The guest is a guest of the restored partnership and reads its posts there, not those of the other one.
        String acme = null;
        String other = null;
        for (JsonNode partnership : again.at("/sections/partnerships/partnerships")) {
            if (partnership.path("name").stringValue().equals("Acme alliance")) {
                acme = partnership.path("id").stringValue();
            } else {
                other = partnership.path("id").stringValue();
            }
        }
        assertThat(acme).isNotEqualTo(world.p1.toString());
        mvc.perform(get("/api/v1/workspaces/" + restored + "/partnerships/" + acme + "/space/posts")
                        .with(world.guest.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.body == 'Our kickoff board')]").isNotEmpty());
        mvc.perform(get("/api/v1/workspaces/" + restored + "/partnerships/" + other + "/space/posts")
                        .with(world.guest.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void aWorkspaceThatHoldsDataIsRefusedAndKeepsItsData() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(post(ada.workspacePath("/demo")).with(ada.bearer())).andExpect(status().isCreated());
        byte[] exported = export(ada, ada.workspaceId());

        mvc.perform(multipart(ada.workspacePath("/import")).file(file(exported)).with(ada.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail").isNotEmpty());
        SameApartFromIds.compare(
                        comparable(json.readTree(exported), ada.userId()),
                        comparable(json.readTree(export(ada, ada.workspaceId())), ada.userId()))
                .assertSame();
    }

    @Test
    void badFilesAreRefusedWithNothingWritten() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(post(ada.workspacePath("/demo")).with(ada.bearer())).andExpect(status().isCreated());
        ObjectNode document = (ObjectNode) json.readTree(export(ada, ada.workspaceId()));
        UUID target = newWorkspace(ada, "Target");

        expectRefused(ada, target, "{not json".getBytes(StandardCharsets.UTF_8), 400);
        expectRefused(ada, target, "{\"format\":\"something-else\"}".getBytes(StandardCharsets.UTF_8), 400);
        expectRefused(
                ada, target, "{\"format\":\"tandem-workspace\",\"version\":1}".getBytes(StandardCharsets.UTF_8), 400);

        ObjectNode newer = document.deepCopy();
        newer.put("formatVersion", 3);
        expectRefused(ada, target, json.writeValueAsBytes(newer), 400);

        ObjectNode unknownColumn = document.deepCopy();
        ((ObjectNode) unknownColumn.at("/sections/timeline/timeline_entries/0")).put("mood", "sunny");
        expectRefused(ada, target, json.writeValueAsBytes(unknownColumn), 400);

        ObjectNode unknownSection = document.deepCopy();
        ((ObjectNode) unknownSection.path("sections")).putObject("weather");
        expectRefused(ada, target, json.writeValueAsBytes(unknownSection), 400);

        // Notes of partnerships the file does not hold: found out half-way, and everything written is undone.
        ObjectNode broken = document.deepCopy();
        ((ObjectNode) broken.at("/sections/partnerships")).putArray("partnerships");
        expectRefused(ada, target, json.writeValueAsBytes(broken), 400);

        expectRefused(ada, target, new byte[10 * 1024 * 1024 + 1], 413);

        JsonNode after = json.readTree(export(ada, target));
        after.path("sections")
                .forEach(section -> section.forEach(rows -> {
                    if (!rows.isEmpty()) {
                        assertThat(rows.get(0).has("role"))
                                .as("only the owner's membership")
                                .isTrue();
                        assertThat(rows.size()).isEqualTo(1);
                    }
                }));
    }

    @Test
    void onlyOwnersAndAdminsOfTheWorkspaceRestoreAndTheRestoreIsAudited() throws Exception {
        var ada = TestUsers.signUp(mvc, "Ada");
        var max = TestUsers.signUp(mvc, "Max");
        var eve = TestUsers.signUp(mvc, "Eve");
        TestUsers.addMember(mvc, ada, max, "MEMBER");
        mvc.perform(post(eve.workspacePath("/demo")).with(eve.bearer())).andExpect(status().isCreated());
        byte[] exported = export(eve, eve.workspaceId());

        mvc.perform(multipart(ada.workspacePath("/import")).file(file(exported)).with(max.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(multipart(ada.workspacePath("/import")).file(file(exported)).with(eve.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/partnerships")).with(ada.bearer()))
                .andExpect(jsonPath("$.items").isEmpty());

        mvc.perform(multipart(ada.workspacePath("/import")).file(file(exported)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.peopleFound[0]").value(eve.email()))
                .andExpect(jsonPath("$.peopleMissing").isEmpty());
        mvc.perform(get(ada.workspacePath("/audit-events")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[?(@.action == 'DATA_RESTORED')]").isNotEmpty());
        // The restored data is in Ada's workspace only: Eve's own is as it was. Eve, a member in the file with an
        // account here, is given her membership back (the result said so), with the role she had.
        SameApartFromIds.compare(
                        comparable(json.readTree(exported), eve.userId()),
                        comparable(json.readTree(export(eve, eve.workspaceId())), eve.userId()))
                .assertSame();
        mvc.perform(get(ada.workspacePath("/members")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[?(@.email == '%s')].role".formatted(eve.email()))
                        .value("OWNER"));
    }

    private void expectRefused(SignedUp user, UUID workspace, byte[] content, int status) throws Exception {
        mvc.perform(multipart("/api/v1/workspaces/" + workspace + "/import")
                        .file(file(content))
                        .with(user.bearer()))
                .andExpect(status().is(status))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    private byte[] export(SignedUp user, UUID workspace) throws Exception {
        return mvc.perform(get("/api/v1/workspaces/" + workspace + "/export").with(user.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
    }

    private UUID newWorkspace(SignedUp owner, String name) {
        return workspaces.create(UserId.of(owner.userId()), name).value();
    }

    static MockMultipartFile file(byte[] content) {
        return new MockMultipartFile("file", "export.json", "application/json", content);
    }

    /**
     * The export without what a restore changes on purpose: when it was made, the workspace's name, and the
     * membership of the person restoring (who owns the new workspace since they made it).
     */
    static JsonNode comparable(JsonNode export, UUID restorer) {
        ObjectNode copy = (ObjectNode) export.deepCopy();
        copy.remove("exportedAt");
        ((ObjectNode) copy.path("workspace")).remove("name");
        copy.at("/sections/members/memberships").forEach(row -> {
            if (row.path("user_id").stringValue("").equals(restorer.toString())) {
                ((ObjectNode) row).remove(List.of("joined_at", "updated_at", "updated_by", "version"));
            }
        });
        return copy;
    }
}
