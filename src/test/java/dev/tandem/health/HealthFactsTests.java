package dev.tandem.health;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.tandem.TandemTest;
import dev.tandem.TestUsers;
import dev.tandem.TestUsers.SignedUp;
import dev.tandem.partnerships.PartnershipFacts;
import dev.tandem.partnerships.Side;
import dev.tandem.partnerships.Stage;
import dev.tandem.partnerships.WithTheirs;
import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Today's score reads only the recent facts (the last meetings the settings look at, the commitments that can
 * still count), so a write costs the same however long the history: on the demo's months of history it is the
 * score the whole history gives, factor by factor and signal by signal.
 */
@TandemTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthFactsTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    FactsReader facts;

    @Autowired
    PartnershipFacts partnerships;

    @Autowired
    HealthService health;

    private WorkspaceId workspace;
    private final List<WithTheirs> live = new ArrayList<>();

    @BeforeAll
    void loadTheDemo() throws Exception {
        SignedUp ada = TestUsers.signUp(mvc, "Ada");
        mvc.perform(post(ada.workspacePath("/demo")).with(ada.bearer())).andExpect(status().isCreated());
        workspace = WorkspaceId.of(ada.workspaceId());
        for (UUID id : partnerships.ids(workspace, new UUID(0, 0), 100)) {
            partnerships
                    .findWithTheirs(workspace, id)
                    .filter(p -> p.partnership().stage() != Stage.ENDED)
                    .ifPresent(live::add);
        }
        assertThat(live).as("the demo's partnerships").hasSizeGreaterThan(10);
    }

    @Test
    void theRecentFactsJudgeTodayAsTheWholeHistoryDoes() {
        judgedAlike(HealthSettings.DEFAULTS);
    }

    @Test
    void alsoWhenTheSettingsLookFurtherBack() {
        var weights = new EnumMap<Factor, Integer>(Factor.class);
        weights.putAll(HealthSettings.DEFAULTS.weights());
        judgedAlike(new HealthSettings(
                weights,
                3,
                12,
                HealthSettings.DEFAULTS.onTimeBelow(),
                HealthSettings.DEFAULTS.overdueAtLeast(),
                HealthSettings.DEFAULTS.growingPoints()));
    }

    private void judgedAlike(HealthSettings settings) {
        var today = health.today();
        int withLongHistory = 0;
        for (WithTheirs found : live) {
            var p = found.partnership();
            assertThat(found.theirParticipants())
                    .as(p.name())
                    .isEqualTo(partnerships.participantIds(workspace, p.id(), Side.THEIRS));
            var all = facts.read(workspace, p);
            var recent = facts.current(workspace, found, today, settings);
            if (all.meetings().size() > recent.meetings().size()
                    || all.commitments().size() > recent.commitments().size()) {
                withLongHistory++;
            }
            assertThat(HealthCalculator.compute(recent, settings, today, 50))
                    .as(p.name())
                    .isEqualTo(HealthCalculator.compute(all, settings, today, 50));
        }
        assertThat(withLongHistory)
                .as("partnerships whose recent facts are fewer than all of them")
                .isPositive();
    }
}
