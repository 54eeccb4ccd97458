package dev.tandem.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The demo's months of history as a user reads it through the API: meetings, commitments and goals dated when they
 * happened, and what the health index makes of them — scores that differ, each story's signal, and twelve weeks of
 * trend. One load for the whole class.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoHistoryTests {

    @Autowired
    MockMvc mvc;

    private SignedUp ada;
    private List<Map<String, Object>> portfolio;

    @BeforeAll
    void loadTheDemo() throws Exception {
        ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(post(ada.workspacePath("/demo")).with(ada.bearer())).andExpect(status().isCreated());
        portfolio = JsonPath.read(read("/health?sort=risk&limit=50"), "$.items");
    }

    @Test
    void theDisengagingPartnerIsNearTheTopWithItsEvidence() {
        List<String> names = portfolio.stream().map(p -> (String) p.get("name")).toList();
        assertThat(names.indexOf("Loyalty platform for Mercado Vivo"))
                .as("rank by risk in %s", names)
                .isBetween(0, 2);
        Map<String, Object> mercado = line("Loyalty platform for Mercado Vivo");
        assertThat(JsonPath.<String>read(mercado, "$.topSignal.type")).isEqualTo("PARTNER_DISENGAGING");
        assertThat(JsonPath.<String>read(mercado, "$.topSignal.evidence"))
                .startsWith("Their side missed 2 of the last 4 meetings");
        List<Integer> trend = scores(mercado);
        assertThat(trend).as("twelve weeks, all known").hasSize(12).doesNotContainNull();
        assertThat(trend.get(0))
                .as("it was healthier before they stopped coming")
                .isGreaterThan(trend.get(11));
    }

    @Test
    void eachStoryRaisesItsSignal() throws Exception {
        assertThat(JsonPath.<String>read(line("Route planning with Atlas Freight"), "$.topSignal.type"))
                .isEqualTo("CHECK_IN_OVERDUE");
        Map<String, Object> nordlys = line("Design system with Nordlys Design");
        assertThat(JsonPath.<String>read(nordlys, "$.topSignal.type")).isEqualTo("COMMITMENTS_SLIPPING");
        assertThat(JsonPath.<String>read(nordlys, "$.topSignal.evidence")).startsWith("Their side: 1 of 5 due");
        assertThat(signals("Open-data fellowship with Civica Lab")).contains("GOALS_MISALIGNED");
        assertThat(signals("Youth programme with Fondazione Ponte"))
                .as("the black hole")
                .contains("ONE_SIDED_INVESTMENT");

        String solara = read("/partnerships/" + id("Community solar with Solara Energía") + "/health");
        assertThat(JsonPath.<List<String>>read(solara, "$.signals[*].type")).containsExactly("GROWING_TOGETHER");
        assertThat(JsonPath.<Boolean>read(solara, "$.growingTogether")).isTrue();
        assertThat(JsonPath.<Integer>read(solara, "$.confidence"))
                .as("all but satisfaction and reciprocity")
                .isEqualTo(65);
        List<Integer> trend = scores(line("Community solar with Solara Energía"));
        assertThat(trend).doesNotContainNull();
        assertThat(trend.get(11)).isGreaterThan(trend.get(0));

        assertThat(portfolio.stream().map(p -> p.get("score")).distinct())
                .as("no longer 100 everywhere")
                .hasSizeGreaterThan(6);
        assertThat(portfolio.stream()
                        .filter(p -> scores(p).stream().filter(Objects::nonNull).count() > 1))
                .as("partnerships with weeks of history")
                .hasSizeGreaterThanOrEqualTo(12);
    }

    @Test
    void meetingsWereHeldOnTheirDaysWithAttendanceOnBothSides() throws Exception {
        String meetings = read("/partnerships/" + id("Loyalty platform for Mercado Vivo") + "/meetings?limit=50");
        assertThat(JsonPath.<List<Boolean>>read(meetings, "$.items[*].held"))
                .hasSize(8)
                .containsOnly(true);
        Instant latest = Instant.parse(JsonPath.read(meetings, "$.items[0].heldAt"));
        assertThat(latest)
                .as("three days ago, or the Friday before")
                .isBetween(
                        Instant.now().minus(Duration.ofDays(6)), Instant.now().minus(Duration.ofDays(2)));
        assertThat(JsonPath.<String>read(meetings, "$.items[0].notes")).startsWith("Nobody joined again.");
        assertThat(JsonPath.<List<String>>read(meetings, "$.items[0].agenda[*].title"))
                .contains("The phase-two budget")
                .hasSize(2);

        String attendance = read("/meetings/" + JsonPath.read(meetings, "$.items[0].id") + "/attendance");
        assertThat(JsonPath.<List<String>>read(attendance, "$[?(@.side == 'THEIRS')].status"))
                .hasSize(3)
                .containsOnly("ABSENT");
        assertThat(JsonPath.<List<String>>read(attendance, "$[?(@.side == 'OURS')].status"))
                .containsOnly("ATTENDED");
    }

    @Test
    void commitmentsOfBothSidesEndAsTheyDid() throws Exception {
        String nordlys = read("/partnerships/" + id("Design system with Nordlys Design") + "/commitments?limit=50");
        assertThat(JsonPath.<List<String>>read(nordlys, "$.items[?(@.overdue == true)].ownerSide"))
                .containsExactly("THEM", "THEM", "THEM");
        assertThat(JsonPath.<List<String>>read(nordlys, "$.items[?(@.ownerSide == 'THEM')].ownerName"))
                .contains("Emma Lindqvist", "Søren Kjær");

        String solara = read("/partnerships/" + id("Community solar with Solara Energía") + "/commitments?limit=50");
        assertThat(JsonPath.<List<String>>read(solara, "$.items[*].status")).contains("DONE", "DROPPED", "OPEN");
        List<Map<String, Object>> done = JsonPath.read(solara, "$.items[?(@.status == 'DONE')]");
        assertThat(done)
                .allSatisfy(c ->
                        assertThat(LocalDate.parse((String) c.get("doneOn"))).isBefore(today()));
        assertThat(done)
                .as("some delivered late")
                .anySatisfy(c -> assertThat((String) c.get("doneOn")).isGreaterThan((String) c.get("dueOn")));
        assertThat(JsonPath.<List<String>>read(solara, "$.items[*].meetingId"))
                .as("action items of meetings")
                .doesNotContainNull();
    }

    @Test
    void goalsHaveOwnersOnBothSidesAndMeasuredKeyResultsExceptWhereTheyDoNot() throws Exception {
        String solara = id("Community solar with Solara Energía");
        String goals = read("/partnerships/" + solara + "/goals");
        assertThat(JsonPath.<List<String>>read(goals, "$.items[*].theirOwner.name"))
                .containsExactly("Lucía Fernández", "Íñigo Etxeberria");
        assertThat(JsonPath.<List<String>>read(goals, "$.items[0].keyResults[*].latest.value"))
                .as("latest measurements")
                .hasSize(2);
        assertThat(JsonPath.<List<String>>read(read("/partnerships/" + solara + "/own-goals"), "$.items[*].side"))
                .contains("OURS", "THEIRS");

        String civica = read("/partnerships/" + id("Open-data fellowship with Civica Lab") + "/alignment");
        assertThat(JsonPath.<List<String>>read(civica, "$.withoutTheirOwner[*].title"))
                .containsExactly("Publish the household energy dataset as open data");
        assertThat(JsonPath.<Integer>read(civica, "$.alignedGoals")).isZero();
    }

    @Test
    void theTimelineIsDatedWhenThingsHappened() throws Exception {
        String timeline = read("/partnerships/" + id("Community solar with Solara Energía") + "/timeline?limit=200");
        List<String> types = JsonPath.read(timeline, "$.items[*].type");
        assertThat(types)
                .contains(
                        "rhythm.meeting.held.CHECK_IN",
                        "rhythm.commitment.deliveredLate.THEM",
                        "rhythm.commitment.dropped.US",
                        "goal.set",
                        "goal.measured",
                        "demo.call",
                        "partnership.movedTo.PARTNERING");
        List<Instant> at = JsonPath.<List<String>>read(timeline, "$.items[*].occurredAt").stream()
                .map(text -> Instant.parse(text).truncatedTo(ChronoUnit.MILLIS))
                .toList();
        assertThat(at).as("newest first").isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(at.get(at.size() - 1))
                .as("created when the story began")
                .isBefore(Instant.now().minus(Duration.ofDays(160)));
        long today = at.stream()
                .filter(i -> !LocalDate.ofInstant(i, ZoneOffset.UTC).isBefore(today()))
                .count();
        assertThat(today).as("only the notes are today's").isEqualTo(2);
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    private Map<String, Object> line(String name) {
        return portfolio.stream()
                .filter(p -> p.get("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    private String id(String name) {
        return (String) line(name).get("partnershipId");
    }

    private List<String> signals(String name) throws Exception {
        return JsonPath.read(read("/partnerships/" + id(name) + "/health"), "$.signals[*].type");
    }

    private static List<Integer> scores(Map<String, Object> line) {
        return JsonPath.read(line, "$.trend[*].score");
    }

    private String read(String path) throws Exception {
        return mvc.perform(get(ada.workspacePath(path)).with(ada.bearer()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
