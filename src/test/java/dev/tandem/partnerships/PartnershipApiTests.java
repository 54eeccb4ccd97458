package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static dev.tandem.partnerships.PartnershipMother.partnership;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Creating, reading, listing, editing and deleting partnerships over the API. */
@TandemTest
class PartnershipApiTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;

    @BeforeEach
    void owner() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    @Test
    void aPartnershipIsCreatedReadEditedAndDeleted() throws Exception {
        mvc.perform(json(post(ada.workspacePath("/partnerships")), """
                {"name":"  Acme Labs ","kind":"VENDOR","purpose":"Print our books","values":["Equity","equity"," Craft "]}""").with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andExpect(jsonPath("$.name").value("Acme Labs"))
                .andExpect(jsonPath("$.kind").value("VENDOR"))
                .andExpect(jsonPath("$.stage").value("EXPLORING"))
                .andExpect(jsonPath("$.allowedStages", containsInAnyOrder("COLLABORATING", "DORMANT", "WINDING_DOWN")))
                .andExpect(jsonPath("$.owner.id").value(ada.userId().toString()))
                .andExpect(jsonPath("$.owner.name").value("Ada"))
                .andExpect(jsonPath("$.values", containsInAnyOrder("Equity", "Craft")))
                .andExpect(jsonPath("$.cadenceIdealDays").value(14))
                .andExpect(jsonPath("$.cadenceMaxDays").value(30))
                .andExpect(jsonPath("$.cadenceStatus").value("ON_TRACK"))
                .andExpect(jsonPath("$.visibility").value("INTERNAL"))
                .andExpect(jsonPath("$.lastContactedAt").doesNotExist());
        String id = JsonPath.read(
                mvc.perform(get(ada.workspacePath("/partnerships")).with(ada.bearer()))
                        .andExpect(jsonPath("$.items", hasSize(1)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.items[0].id");

        mvc.perform(json(put(ada.workspacePath("/partnerships/" + id)), """
                {"name":"Acme","kind":"CLIENT","stage":"ENDED","cadenceIdealDays":7,"cadenceMaxDays":7,"visibility":"SHARED"}""").with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Acme"))
                .andExpect(jsonPath("$.kind").value("CLIENT"))
                .andExpect(jsonPath("$.stage").value("EXPLORING"))
                .andExpect(jsonPath("$.values", hasSize(0)))
                .andExpect(jsonPath("$.purpose").doesNotExist())
                .andExpect(jsonPath("$.visibility").value("SHARED"));
        mvc.perform(get(ada.workspacePath("/partnerships/" + id)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.cadenceMaxDays").value(7));

        mvc.perform(delete(ada.workspacePath("/partnerships/" + id)).with(ada.bearer()))
                .andExpect(status().isNoContent());
        mvc.perform(get(ada.workspacePath("/partnerships/" + id)).with(ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(delete(ada.workspacePath("/partnerships/" + id)).with(ada.bearer()))
                .andExpect(status().isNotFound());
    }

    @Test
    void invalidInputIsRefusedWithTheFailingFieldsAndNothingIsWritten() throws Exception {
        mvc.perform(json(post(ada.workspacePath("/partnerships")), """
                {"name":" ","cadenceIdealDays":0,"purpose":"%s"}""".formatted("x".repeat(2001)))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field", containsInAnyOrder("name", "kind", "cadenceIdealDays", "purpose")));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("A").cadence(14, 10).body())
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cadenceMaxDays"));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("x".repeat(201)).body())
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("A").values("v".repeat(51)).body())
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("A").stage("ENDED").body())
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("stage"));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("A")
                                        .with("\"contactId\":\"" + UUID.randomUUID() + "\"")
                                        .body())
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("contactId"));
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("A")
                                        .with("\"organizationId\":\"" + UUID.randomUUID() + "\"")
                                        .body())
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("organizationId"));

        mvc.perform(get(ada.workspacePath("/partnerships")).with(ada.bearer()))
                .andExpect(jsonPath("$.items", hasSize(0)));
    }

    @Test
    void theOwnerMustBeAMemberOfTheWorkspace() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("A")
                                        .with("\"ownerId\":\"" + bob.userId() + "\"")
                                        .body())
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("ownerId"));

        TestUsers.addMember(mvc, ada, bob, "MEMBER");
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("A")
                                        .with("\"ownerId\":\"" + bob.userId() + "\"")
                                        .body())
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.owner.name").value("Bob"));
    }

    @Test
    void listsFilterSortAndPageWithACursor() throws Exception {
        var bob = TestUsers.signUp(mvc, "Bob");
        TestUsers.addMember(mvc, ada, bob, "MEMBER");
        partnership("Charlie Corp").kind("VENDOR").values("Sustainability").create(mvc, ada);
        partnership("alpha Ltd")
                .kind("CLIENT")
                .stage("PARTNERING")
                .purpose("Joint 100% research")
                .create(mvc, ada);
        partnership("Bravo")
                .kind("VENDOR")
                .with("\"ownerId\":\"" + bob.userId() + "\"")
                .create(mvc, ada);
        partnership("Delta").kind("MENTEE").values("sustainability", "Equity").create(mvc, ada);

        list("").andExpect(jsonPath("$.items[*].name")
                .value(Matchers.contains("alpha Ltd", "Bravo", "Charlie Corp", "Delta")));
        list("?sort=created").andExpect(jsonPath("$.items[0].name").value("Delta"));
        list("?kind=VENDOR").andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Bravo", "Charlie Corp")));
        list("?stage=PARTNERING").andExpect(jsonPath("$.items[*].name", containsInAnyOrder("alpha Ltd")));
        list("?ownerId=" + bob.userId()).andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Bravo")));
        list("?tag=SUSTAINABILITY").andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Charlie Corp", "Delta")));
        list("?q=RESEARCH").andExpect(jsonPath("$.items[*].name", containsInAnyOrder("alpha Ltd")));
        mvc.perform(get(ada.workspacePath("/partnerships")).param("q", "100%").with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("alpha Ltd")));
        list("?q=_").andExpect(jsonPath("$.items", hasSize(0)));
        list("?kind=VENDOR&tag=sustainability")
                .andExpect(jsonPath("$.items[*].name", containsInAnyOrder("Charlie Corp")));

        String first = list("?limit=3")
                .andExpect(jsonPath("$.items", hasSize(3)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        list("?limit=3&cursor=" + JsonPath.read(first, "$.nextCursor"))
                .andExpect(jsonPath("$.items[*].name").value(Matchers.contains("Delta")))
                .andExpect(jsonPath("$.nextCursor").doesNotExist());
        String created = list("?sort=created&limit=2").andReturn().getResponse().getContentAsString();
        list("?sort=created&limit=2&cursor=" + JsonPath.read(created, "$.nextCursor"))
                .andExpect(jsonPath("$.items[*].name").value(Matchers.contains("alpha Ltd", "Charlie Corp")));

        mvc.perform(get(ada.workspacePath("/partnerships?sort=size")).with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(ada.workspacePath("/partnerships?kind=FRIEND")).with(ada.bearer()))
                .andExpect(status().isBadRequest());
        mvc.perform(get(ada.workspacePath("/partnerships?limit=0")).with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void sortingByLastContactPutsTheMostRecentFirstAndTheNeverContactedLast() throws Exception {
        UUID quiet = partnership("Quiet").create(mvc, ada);
        UUID older = partnership("Older").create(mvc, ada);
        UUID recent = partnership("Recent").create(mvc, ada);
        sharedNote(older);
        sharedNote(recent);

        String page = list("?sort=lastContacted&limit=2")
                .andExpect(jsonPath("$.items[*].name").value(Matchers.contains("Recent", "Older")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        list("?sort=lastContacted&limit=2&cursor=" + JsonPath.read(page, "$.nextCursor"))
                .andExpect(jsonPath("$.items[*].id").value(Matchers.contains(quiet.toString())));
    }

    private void sharedNote(UUID partnership) throws Exception {
        mvc.perform(json(post(ada.workspacePath("/partnerships/" + partnership + "/notes")), """
                {"body":"Hello","visibility":"SHARED"}""")
                        .with(ada.bearer()))
                .andExpect(status().isCreated());
    }

    private ResultActions list(String query) throws Exception {
        return mvc.perform(get(ada.workspacePath("/partnerships" + query)).with(ada.bearer()))
                .andExpect(status().isOk());
    }

    @Test
    void aViewerReadsButCannotWrite() throws Exception {
        var vic = TestUsers.signUp(mvc, "Vic");
        TestUsers.addMember(mvc, ada, vic, "VIEWER");
        UUID id = partnership("Acme").create(mvc, ada);
        mvc.perform(get(ada.workspacePath("/partnerships/" + id)).with(vic.bearer()))
                .andExpect(status().isOk());
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships")),
                                partnership("B").body())
                        .with(vic.bearer()))
                .andExpect(status().isForbidden());
        mvc.perform(get(ada.workspacePath("/partnerships")).with(vic.bearer()))
                .andExpect(jsonPath("$.items[*].name", hasItem("Acme")));
    }
}
