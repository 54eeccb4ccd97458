package dev.tandem.feedback;

import static dev.tandem.TestUsers.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.rhythm.RhythmMother;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Anonymous retrospectives: unlinkable by the schema itself, hidden below the threshold, in no telling order. */
@TandemTest
class RetroApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    SignedUp ada;
    UUID acme;

    @BeforeEach
    void partnership() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        acme = RhythmMother.partnership(mvc, ada, "Acme");
    }

    record Started(UUID id, List<String> links) {}

    Started start(int links) throws Exception {
        String body = mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + acme + "/retros")),
                                "{\"title\":\"Year one\",\"links\":%d}".formatted(links))
                        .with(ada.bearer()))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<String> urls = JsonPath.read(body, "$.links");
        return new Started(
                UUID.fromString(JsonPath.read(body, "$.retro.id")),
                urls.stream().map(u -> "/api/v1" + URI.create(u).getPath()).toList());
    }

    void answer(String link, int growing, String well) throws Exception {
        mvc.perform(json(
                        post(link),
                        "{\"growing\":%d,\"wentWell\":\"%s\",\"toImprove\":\"Fewer meetings\"}"
                                .formatted(growing, well)))
                .andExpect(status().isCreated());
    }

    @Test
    void noColumnPathJoinsAnAnswerToAPersonOrALink() {
        List<String> columns = jdbc.sql("""
                select lower(column_name) from information_schema.columns
                where lower(table_name) = 'feedback_retro_answers' and table_schema = current_schema()""").query(String.class).list();
        assertThat(columns)
                .containsExactlyInAnyOrder(
                        "workspace_id", "id", "retro_id", "answered_week", "growing", "went_well", "to_improve");
        List<String> links = jdbc.sql("""
                select lower(column_name) from information_schema.columns
                where lower(table_name) = 'feedback_retro_links' and table_schema = current_schema()""").query(String.class).list();
        assertThat(links).containsExactlyInAnyOrder("workspace_id", "retro_id", "token_hash", "used");
        // the only foreign keys of an answer lead to its retrospective (and that to its partnership), never to a link
        List<String> referenced = jdbc.sql("""
                select lower(u.table_name) from information_schema.table_constraints c
                join information_schema.constraint_column_usage u on u.constraint_name = c.constraint_name
                where lower(c.table_name) = 'feedback_retro_answers' and c.constraint_type = 'FOREIGN KEY'""").query(String.class).list();
        assertThat(referenced)
                .contains("feedback_retros")
                .doesNotContain("feedback_retro_links")
                .allMatch(t ->
                        List.of("feedback_retros", "feedback_retro_answers").contains(t.toLowerCase(Locale.ROOT)));
    }

    @Test
    void aRetroWithTwoAnswersShowsOnlyTheCountAndAThirdShowsAggregates() throws Exception {
        var retro = start(4);
        answer(retro.links().get(0), 4, "Openness");
        answer(retro.links().get(1), 2, "Speed");
        mvc.perform(get(ada.workspacePath("/retros/" + retro.id())).with(ada.bearer()))
                .andExpect(jsonPath("$.answers").value(2))
                .andExpect(jsonPath("$.visible").value(false))
                .andExpect(jsonPath("$.growing").doesNotExist())
                .andExpect(jsonPath("$.wentWell.length()").value(0))
                .andExpect(jsonPath("$.toImprove.length()").value(0));
        answer(retro.links().get(2), 3, "Trust");
        mvc.perform(get(ada.workspacePath("/retros/" + retro.id())).with(ada.bearer()))
                .andExpect(jsonPath("$.visible").value(true))
                .andExpect(jsonPath("$.growing").value(3.0))
                .andExpect(jsonPath("$.wentWell.length()").value(3));
    }

    @Test
    void idsAndTimesDoNotRevealTheOrderOfAnswers() throws Exception {
        var retro = start(8);
        for (int i = 0; i < 8; i++) {
            answer(retro.links().get(i), 3, "answer " + i);
        }
        var rows = jdbc.sql("select id, answered_week, went_well from feedback_retro_answers where retro_id = :r")
                .param("r", retro.id())
                .query((rs, i) -> List.of(
                        rs.getObject("id", UUID.class).toString(),
                        rs.getObject("answered_week").toString(),
                        rs.getString("went_well")))
                .list();
        assertThat(rows).hasSize(8);
        assertThat(rows).allMatch(r -> UUID.fromString(r.get(0)).version() == 4);
        assertThat(rows.stream().map(r -> r.get(1)).distinct())
                .as("one week for all")
                .hasSize(1);
        // random ids: sorted by id, the answers are almost never in the order they were given
        var byId = rows.stream()
                .sorted((a, b) -> a.get(0).compareTo(b.get(0)))
                .map(r -> r.get(2))
                .toList();
        var given = IntStream.range(0, 8).mapToObj(i -> "answer " + i).toList();
        assertThat(byId).containsExactlyInAnyOrderElementsOf(given);
        assertThat(byId).as("1 chance in 40,320 to be in order by chance").isNotEqualTo(given);
    }

    @Test
    void aLinkAnswersOnceAndOnlyItsOwnRetroAndTheThresholdIsNeverBelowThree() throws Exception {
        var retro = start(1);
        var other = start(1);
        String token = retro.links().get(0).substring(retro.links().get(0).lastIndexOf('/') + 1);
        mvc.perform(json(post("/api/v1/retro/" + other.id() + "/" + token), "{\"growing\":3}"))
                .andExpect(status().isNotFound());
        answer(retro.links().get(0), 5, "Once");
        mvc.perform(json(post(retro.links().get(0)), "{\"growing\":1}")).andExpect(status().isGone());
        assertThat(jdbc.sql("select count(*) from feedback_retro_answers where retro_id in (:a, :b)")
                        .param("a", retro.id())
                        .param("b", other.id())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        mvc.perform(json(
                                post(ada.workspacePath("/partnerships/" + acme + "/retros")),
                                "{\"title\":\"Small\",\"links\":3,\"threshold\":2}")
                        .with(ada.bearer()))
                .andExpect(status().isBadRequest());
        var bob = TestUsers.signUp(mvc, "Bob");
        mvc.perform(get(bob.workspacePath("/retros/" + retro.id())).with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(get(ada.workspacePath("/retros/" + retro.id())).with(bob.bearer()))
                .andExpect(status().isNotFound());
        mvc.perform(json(post(bob.workspacePath("/partnerships/" + acme + "/retros")), "{\"title\":\"x\",\"links\":3}")
                        .with(bob.bearer()))
                .andExpect(status().isNotFound());
    }
}
