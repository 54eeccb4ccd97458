package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.identity.Role;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.partnerships.PartnershipFilter;
import dev.tandem.partnerships.PartnershipKind;
import dev.tandem.partnerships.PartnershipPortfolio;
import dev.tandem.partnerships.Stage;
import dev.tandem.shared.PageRequest;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Loading the demo through the API, as the partnerships, contacts and timeline APIs then show it; all or nothing. */
@TandemTest
class DemoApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    DemoData demo;

    @Autowired
    PartnershipPortfolio partnerships;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void loadsPartnershipsOfEveryKindAndStageWithContactsAndHistory() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(post(ada.workspacePath("/demo")).with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", ada.workspacePath("/partnerships")))
                .andExpect(jsonPath("$.partnerships").value(greaterThanOrEqualTo(12)))
                .andExpect(jsonPath("$.organizations").value(greaterThanOrEqualTo(10)))
                .andExpect(jsonPath("$.contacts").value(greaterThanOrEqualTo(30)))
                .andExpect(jsonPath("$.interactions").value(greaterThanOrEqualTo(30)))
                .andExpect(jsonPath("$.meetings").value(greaterThanOrEqualTo(40)))
                .andExpect(jsonPath("$.commitments").value(greaterThanOrEqualTo(50)))
                .andExpect(jsonPath("$.goals").value(greaterThanOrEqualTo(8)));

        String list = get(ada, "/partnerships?limit=200");
        List<Map<String, Object>> items = JsonPath.read(list, "$.items");
        assertThat(items).hasSizeGreaterThanOrEqualTo(12);
        assertThat(new HashSet<>(JsonPath.<List<String>>read(list, "$.items[*].kind")))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(PartnershipKind.values()).map(Enum::name).toList());
        assertThat(new HashSet<>(JsonPath.<List<String>>read(list, "$.items[*].stage")))
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(Stage.values()).map(Enum::name).toList());
        assertThat(JsonPath.<List<String>>read(list, "$.items[*].owner.id"))
                .containsOnly(ada.userId().toString());
        assertThat(new HashSet<>(JsonPath.<List<Object>>read(list, "$.items[*].lastContactedAt")))
                .as("last contacted differs between partnerships")
                .hasSizeGreaterThan(8);

        String solara = JsonPath.<List<String>>read(list, "$.items[?(@.name =~ /.*Solara.*/)].id")
                .get(0);
        String timeline = get(ada, "/partnerships/" + solara + "/timeline?limit=200");
        assertThat(JsonPath.<List<String>>read(timeline, "$.items[*].type"))
                .contains(
                        "demo.meeting",
                        "demo.call",
                        "rhythm.meeting.held.KICKOFF",
                        "partnership.created",
                        "partnership.movedTo.PARTNERING",
                        "partnership.noteAdded.SHARED");
        assertThat(JsonPath.<List<String>>read(timeline, "$.items[*].text"))
                .contains("Call with Íñigo Etxeberria: publishing the pilot data");
        String participants = get(ada, "/partnerships/" + solara + "/participants");
        assertThat(JsonPath.<List<String>>read(participants, "$[*].side")).contains("OURS", "THEIRS");
        assertThat(JsonPath.<List<String>>read(participants, "$[*].name")).contains("José Núñez", "Lucía Fernández");

        String contacts = get(ada, "/contacts?limit=200");
        assertThat(JsonPath.<List<String>>read(contacts, "$.items[*].displayName"))
                .hasSizeGreaterThanOrEqualTo(30)
                .contains("José Núñez", "Zoë Clarke", "Søren Kjær");
    }

    @Test
    void aSecondLoadIsRefusedAndWritesNothing() throws Exception {
        SignedUp bea = TestUsers.signUp(mvc, "Bea");
        mvc.perform(post(bea.workspacePath("/demo")).with(bea.bearer())).andExpect(status().isCreated());
        int partnerships = count(bea, "/partnerships?limit=200");
        int contacts = count(bea, "/contacts?limit=200");

        mvc.perform(post(bea.workspacePath("/demo")).with(bea.bearer()))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.status").value(409))
                .andExpect(jsonPath("$.detail")
                        .value("This workspace already has partnerships: the demo only goes into an empty workspace."));

        assertThat(count(bea, "/partnerships?limit=200")).isEqualTo(partnerships);
        assertThat(count(bea, "/contacts?limit=200")).isEqualTo(contacts);
    }

    @Test
    void whenTheLoadFailsNothingOfItRemains() throws Exception {
        SignedUp kit = TestUsers.signUp(mvc, "Kit");
        var context = new WorkspaceContext(
                WorkspaceId.of(kit.workspaceId()), "Kit", UserId.of(kit.userId()), "Kit", Role.OWNER);
        assertThatThrownBy(() -> new TransactionTemplate(transactions).executeWithoutResult(status -> {
                    demo.load(context);
                    assertThat(partnerships
                                    .list(context, PartnershipFilter.all(), new PageRequest(50, null))
                                    .items())
                            .as("written so far")
                            .hasSize(16);
                    throw new IllegalStateException("the last step failed");
                }))
                .hasMessage("the last step failed");

        assertThat(count(kit, "/partnerships?limit=200")).isZero();
        assertThat(count(kit, "/contacts?limit=200")).isZero();
        assertThat(count(kit, "/health?sort=risk&limit=50"))
                .as("no scores, no weekly snapshots")
                .isZero();
        assertThat(count(kit, "/commitments?limit=200")).isZero();
    }

    @Test
    void aWorkspaceWithItsOwnPartnershipIsRefused() throws Exception {
        SignedUp cy = TestUsers.signUp(mvc, "Cy");
        mvc.perform(TestUsers.json(post(cy.workspacePath("/partnerships")), """
                {"name":"Our first real one","kind":"CLIENT"}""").with(cy.bearer()))
                .andExpect(status().isCreated());
        mvc.perform(post(cy.workspacePath("/demo")).with(cy.bearer())).andExpect(status().isConflict());
        assertThat(count(cy, "/contacts?limit=200")).isZero();
    }

    @Test
    void membersAndViewersCannotLoadIt() throws Exception {
        SignedUp owner = TestUsers.signUp(mvc, "Dee");
        SignedUp member = TestUsers.signUp(mvc, "Eli");
        SignedUp viewer = TestUsers.signUp(mvc, "Fay");
        TestUsers.addMember(mvc, owner, member, "MEMBER");
        TestUsers.addMember(mvc, owner, viewer, "VIEWER");

        mvc.perform(post(owner.workspacePath("/demo")).with(member.bearer())).andExpect(status().isForbidden());
        mvc.perform(post(owner.workspacePath("/demo")).with(viewer.bearer())).andExpect(status().isForbidden());
        assertThat(count(owner, "/partnerships")).isZero();
    }

    @Test
    void anAdminCanLoadIt() throws Exception {
        SignedUp owner = TestUsers.signUp(mvc, "Gus");
        SignedUp admin = TestUsers.signUp(mvc, "Hal");
        TestUsers.addMember(mvc, owner, admin, "ADMIN");
        mvc.perform(post(owner.workspacePath("/demo")).with(admin.bearer())).andExpect(status().isCreated());
    }

    @Test
    void anotherUsersTokenCannotReachTheWorkspace() throws Exception {
        SignedUp ivy = TestUsers.signUp(mvc, "Ivy");
        SignedUp mallory = TestUsers.signUp(mvc, "Mallory");
        mvc.perform(post(ivy.workspacePath("/demo")).with(mallory.bearer())).andExpect(status().isNotFound());
        assertThat(count(ivy, "/partnerships")).isZero();
    }

    @Test
    void theLosingTouchListShowsDueAndOverduePartnerships() throws Exception {
        SignedUp jo = TestUsers.signUp(mvc, "Jo");
        mvc.perform(post(jo.workspacePath("/demo")).with(jo.bearer())).andExpect(status().isCreated());
        String losing = get(jo, "/partnerships/losing-touch?limit=200");
        List<String> statuses = JsonPath.read(losing, "$.items[*].cadenceStatus");
        assertThat(statuses).contains("DUE", "OVERDUE").doesNotContain("ON_TRACK", "NONE");
        assertThat(statuses.size()).isLessThan(count(jo, "/partnerships?limit=200"));
        assertThat(JsonPath.<String>read(losing, "$.items[0].cadenceStatus")).isEqualTo("OVERDUE");
    }

    private String get(SignedUp user, String path) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(user.workspacePath(path)).with(user.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private int count(SignedUp user, String path) throws Exception {
        return JsonPath.<List<Object>>read(get(user, path), "$.items").size();
    }
}
