package dev.tandem.contacts;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestTimelineEvent;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.shared.Actor;
import dev.tandem.shared.TimelineSubject;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

/** Notes, timeline, "last contacted" and merging. */
@TandemTest
@RecordApplicationEvents
class ContactActivityTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    ApplicationEvents published;

    SignedUp ada;

    @BeforeEach
    void signUp() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
    }

    @Test
    void notesAreAddedListedAndShownOnTheTimeline() throws Exception {
        UUID id = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Bea\"}");
        mvc.perform(json(post(ada.workspacePath("/contacts/" + id + "/notes")), "{\"body\":\"Met at the fair\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.visibility").value("INTERNAL"))
                .andExpect(jsonPath("$.authorName").value("Ada"));
        mvc.perform(json(post(ada.workspacePath("/contacts/" + id + "/notes")), "{\"body\":\" \"}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("body"));
        mvc.perform(get(ada.workspacePath("/contacts/" + id + "/notes")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].body", contains("Met at the fair")));
        mvc.perform(get(ada.workspacePath("/contacts/" + id + "/timeline?limit=1"))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].type").value("contact.noteAdded"))
                .andExpect(jsonPath("$.items[0].text").value("Internal note added"))
                .andExpect(jsonPath("$.nextCursor").exists());
        mvc.perform(get(ada.workspacePath("/contacts/" + id + "/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].type", contains("contact.noteAdded", "contact.created")));
    }

    @Test
    void interactionsMoveLastContactedAndTheListSortsByIt() throws Exception {
        UUID early = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Early\"}");
        UUID late = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Late\"}");
        ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Never\"}");
        interaction(early, Instant.parse("2026-01-01T10:00:00Z"));
        interaction(late, Instant.parse("2026-03-01T10:00:00Z"));
        interaction(late, Instant.parse("2026-02-01T10:00:00Z"));

        mvc.perform(get(ada.workspacePath("/contacts/" + late)).with(ada.bearer()))
                .andExpect(jsonPath("$.lastContactedAt").value("2026-03-01T10:00:00Z"));
        mvc.perform(get(ada.workspacePath("/contacts?sort=-lastContacted")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Late", "Early", "Never")));
        mvc.perform(get(ada.workspacePath("/contacts?sort=lastContacted")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Never", "Early", "Late")));
        String page = mvc.perform(get(ada.workspacePath("/contacts?sort=-lastContacted&limit=2"))
                        .with(ada.bearer()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        mvc.perform(get(ada.workspacePath(
                                "/contacts?sort=-lastContacted&limit=2&cursor=" + JsonPath.read(page, "$.nextCursor")))
                        .with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].displayName", contains("Never")));
    }

    @Test
    void aSharedNoteIsAnInteraction() throws Exception {
        UUID id = ContactsFixture.contact(mvc, ada, "{\"displayName\":\"Bea\"}");
        mvc.perform(json(
                                post(ada.workspacePath("/contacts/" + id + "/notes")),
                                "{\"body\":\"Hi\",\"visibility\":\"SHARED\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated());
        mvc.perform(get(ada.workspacePath("/contacts/" + id)).with(ada.bearer()))
                .andExpect(jsonPath("$.lastContactedAt").exists());
    }

    @Test
    void mergingKeepsEveryEmailPhoneNoteAndTimelineEntry() throws Exception {
        UUID keep = ContactsFixture.contact(mvc, ada, """
                {"displayName":"José García","emails":["jose@acme.test"],"phones":["+34 600 000 001"],"tags":["vip"]}""");
        UUID merge = ContactsFixture.contact(mvc, ada, """
                {"displayName":"Jose Garcia","emails":["pepe@home.test"],"phones":["+34 600 000 002"],"title":"CTO",
                 "tags":["madrid"]}""");
        mvc.perform(json(post(ada.workspacePath("/contacts/" + merge + "/notes")), "{\"body\":\"From the other\"}")
                        .with(ada.bearer()))
                .andExpect(status().isCreated());
        interaction(merge, Instant.parse("2026-02-01T10:00:00Z"));

        mvc.perform(get(ada.workspacePath("/contacts/duplicates")).with(ada.bearer()))
                .andExpect(jsonPath("$[*].reason", hasItem("NAME")))
                .andExpect(jsonPath("$[0].first.id").value(keep.toString()));

        mvc.perform(json(
                                post(ada.workspacePath("/contacts/merge")),
                                "{\"keep\":\"%s\",\"merge\":\"%s\"}".formatted(keep, merge))
                        .with(ada.bearer()))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emails", contains("jose@acme.test", "pepe@home.test")))
                .andExpect(jsonPath("$.phones", hasSize(2)))
                .andExpect(jsonPath("$.tags", containsInAnyOrder("vip", "madrid")))
                .andExpect(jsonPath("$.title").value("CTO"))
                .andExpect(jsonPath("$.lastContactedAt").value("2026-02-01T10:00:00Z"));
        mvc.perform(get(ada.workspacePath("/contacts/" + merge)).with(ada.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/contacts/" + keep + "/notes")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].body", contains("From the other")));
        mvc.perform(get(ada.workspacePath("/contacts/" + keep + "/timeline")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[0].type").value("contact.merged"))
                .andExpect(jsonPath("$.items[*].type", hasItem("contact.noteAdded")))
                .andExpect(jsonPath("$.items[*].type", hasItem("test.call")));
        mvc.perform(get(ada.workspacePath("/contacts?q=pepe")).with(ada.bearer()))
                .andExpect(jsonPath("$.items[*].id", contains(keep.toString())));
        assertThat(published.stream(ContactsMerged.class)).anySatisfy(merged -> {
            assertThat(merged.workspaceId()).isEqualTo(WorkspaceId.of(ada.workspaceId()));
            assertThat(merged.merged()).isEqualTo(merge);
            assertThat(merged.kept()).isEqualTo(keep);
        });
        mvc.perform(json(
                                post(ada.workspacePath("/contacts/merge")),
                                "{\"keep\":\"%s\",\"merge\":\"%s\"}".formatted(keep, keep))
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
    }

    private void interaction(UUID contact, Instant at) {
        transactions.executeWithoutResult(tx -> events.publishEvent(TestTimelineEvent.of(
                WorkspaceId.of(ada.workspaceId()),
                List.of(TimelineSubject.contact(contact)),
                "test.call",
                new Actor(UserId.of(ada.userId()), "Ada"),
                at,
                true)));
    }
}
