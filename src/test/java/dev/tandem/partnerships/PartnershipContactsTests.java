package dev.tandem.partnerships;

import static dev.tandem.TestUsers.json;
import static dev.tandem.partnerships.PartnershipMother.partnership;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Partnerships with contacts: counterparts, their-side participants, contact timelines and merges. */
@TandemTest
class PartnershipContactsTests {

    @Autowired
    MockMvc mvc;

    SignedUp ada;

    @BeforeEach
    void owner() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    @Test
    void theCounterpartIsNamedAndTheContactsTimelineHearsOfThePartnership() throws Exception {
        String ana = contact("Ana Ruiz", "Acme Inc");
        String org = JsonPath.read(
                mvc.perform(get(ada.workspacePath("/contacts/" + ana)).with(ada.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.organizationId");
        UUID id = partnership("Acme")
                .with("\"contactId\":\"%s\",\"organizationId\":\"%s\"".formatted(ana, org))
                .create(mvc, ada);

        mvc.perform(get(ada.workspacePath("/partnerships/" + id)).with(ada.bearer()))
                .andExpect(jsonPath("$.contact.name").value("Ana Ruiz"))
                .andExpect(jsonPath("$.organization.name").value("Acme Inc"));
        mvc.perform(get(ada.workspacePath("/contacts/" + ana + "/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", hasItem("partnership.created")));
    }

    @Test
    void theirSideIsContactsAndTheParticipationShowsOnTheContactsTimeline() throws Exception {
        String ana = contact("Ana Ruiz", null);
        UUID id = partnership("Acme").create(mvc, ada);
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + id + "/participants")),
                                "{\"contactId\":\"%s\",\"role\":\"Sponsor\"}".formatted(ana))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.side").value("THEIRS"))
                .andExpect(jsonPath("$.name").value("Ana Ruiz"));
        mvc.perform(get(ada.workspacePath("/contacts/" + ana + "/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", hasItem("partnership.participantAdded.THEIRS")));

        var eve = TestUsers.signUp(mvc, "Eve");
        String evesContact = JsonPath.read(
                mvc.perform(json(
                                        post(eve.workspacePath("/contacts")),
                                        "{\"displayName\":\"Spy\",\"emails\":[],\"phones\":[],\"tags\":[]}")
                                .with(eve.bearer()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + id + "/participants")),
                                "{\"contactId\":\"%s\",\"role\":\"Sponsor\"}".formatted(evesContact))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    @Test
    void aMergeRepointsCounterpartsAndParticipants() throws Exception {
        String kept = contact("Ana Ruiz", null);
        String merged = contact("Ana R.", null);
        UUID first = partnership("First")
                .with("\"contactId\":\"%s\"".formatted(merged))
                .create(mvc, ada);
        UUID second = partnership("Second").create(mvc, ada);
        for (String contact : new String[] {merged, kept}) {
            mvc.perform(json(
                                    post(ada.workspacePath("/partnerships/" + second + "/participants")),
                                    "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(contact))
                            .with(ada.bearer()))
                    .andExpect(status().isCreated());
        }
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + first + "/participants")),
                                "{\"contactId\":\"%s\",\"role\":\"Lead\"}".formatted(merged))
                        .with(ada.bearer()))
                .andExpect(status().isCreated());

        mvc.perform(json(
                                post(ada.workspacePath("/contacts/merge")),
                                "{\"keep\":\"%s\",\"merge\":\"%s\"}".formatted(kept, merged))
                        .with(ada.bearer()))
                .andExpect(status().isOk());

        mvc.perform(get(ada.workspacePath("/partnerships/" + first)).with(ada.bearer()))
                .andExpect(jsonPath("$.contact.id").value(kept));
        mvc.perform(get(ada.workspacePath("/partnerships/" + first + "/participants"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$[*].personId").value(contains(kept)));
        mvc.perform(get(ada.workspacePath("/partnerships/" + second + "/participants"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$", hasSize(1)))
                .andExpect(jsonPath("$[0].personId").value(kept));
    }

    private String contact(String name, String organization) throws Exception {
        String org = organization == null ? "" : ",\"organizationName\":\"" + organization + "\"";
        return JsonPath.read(
                mvc.perform(json(
                                        post(ada.workspacePath("/contacts")),
                                        "{\"displayName\":\"%s\",\"emails\":[],\"phones\":[],\"tags\":[]%s}"
                                                .formatted(name, org))
                                .with(ada.bearer()))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString(),
                "$.id");
    }
}
