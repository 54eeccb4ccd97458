package dev.tandem.partnerships;

import static dev.tandem.partnerships.Stage.COLLABORATING;
import static dev.tandem.partnerships.Stage.DORMANT;
import static dev.tandem.partnerships.Stage.ENDED;
import static dev.tandem.partnerships.Stage.EXPLORING;
import static dev.tandem.partnerships.Stage.PARTNERING;
import static dev.tandem.partnerships.Stage.WINDING_DOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.UserId;
import dev.tandem.shared.WorkspaceId;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The whole transition table of the partnership aggregate: every pair of stages, allowed or refused. */
class StageMachineTests {

    static final Map<Stage, Set<Stage>> ALLOWED = Map.of(
            EXPLORING, EnumSet.of(COLLABORATING, DORMANT, WINDING_DOWN),
            COLLABORATING, EnumSet.of(PARTNERING, DORMANT, WINDING_DOWN),
            PARTNERING, EnumSet.of(DORMANT, WINDING_DOWN),
            DORMANT, EnumSet.of(EXPLORING, COLLABORATING, PARTNERING),
            WINDING_DOWN, EnumSet.of(ENDED),
            ENDED, EnumSet.noneOf(Stage.class));

    static final UserId ADA = UserId.of(UUID.randomUUID());
    static final Instant T0 = Instant.parse("2026-01-01T09:00:00Z");

    @Test
    void everyPairOfStagesIsAllowedOrRefusedAsTheTableSays() {
        for (Stage from : Stage.values()) {
            for (Stage to : Stage.values()) {
                Partnership partnership = in(from);
                if (ALLOWED.get(from).contains(to)) {
                    var moved = partnership.moveTo(to, "because", ADA, T0.plusSeconds(60));
                    assertThat(moved.partnership().stage())
                            .as(from + " → " + to)
                            .isEqualTo(to);
                    assertThat(moved.change().from()).isEqualTo(from);
                    assertThat(moved.change().to()).isEqualTo(to);
                    assertThat(moved.change().reason()).isEqualTo("because");
                    assertThat(moved.change().actorId()).isEqualTo(ADA);
                    assertThat(moved.change().changedAt()).isEqualTo(T0.plusSeconds(60));
                } else {
                    assertThatThrownBy(() -> partnership.moveTo(to, "because", ADA, T0))
                            .as(from + " → " + to)
                            .isInstanceOf(Conflict.class);
                }
            }
            assertThat(in(from).allowedMoves()).containsExactlyElementsOf(ALLOWED.get(from));
        }
    }

    @Test
    void onlyExploringCollaboratingAndPartneringAreActive() {
        assertThat(EnumSet.allOf(Stage.class).stream().filter(Stage::isActive))
                .containsExactly(EXPLORING, COLLABORATING, PARTNERING);
    }

    @Test
    void endedIsFinal() {
        assertThat(ENDED.next()).isEmpty();
    }

    @Test
    void aPartnershipStartsInAnActiveStageWithItsFirstChangeRecorded() {
        var created = Partnership.create(WorkspaceId.of(UUID.randomUUID()), details(), PARTNERING, "", ADA, T0);
        assertThat(created.firstStage().from()).isNull();
        assertThat(created.firstStage().to()).isEqualTo(PARTNERING);
        for (Stage inactive : List.of(DORMANT, WINDING_DOWN, ENDED)) {
            assertThatThrownBy(() ->
                            Partnership.create(WorkspaceId.of(UUID.randomUUID()), details(), inactive, "", ADA, T0))
                    .isInstanceOf(InvalidInput.class);
        }
    }

    static Partnership in(Stage stage) {
        return new Partnership(
                WorkspaceId.of(UUID.randomUUID()), UUID.randomUUID(), details(), stage, T0, T0, null, 0, null);
    }

    static PartnershipDetails details() {
        return new PartnershipDetails(
                "Acme",
                PartnershipKind.ORG_PARTNER,
                ADA,
                null,
                null,
                null,
                List.of(),
                Cadence.DEFAULT,
                Visibility.INTERNAL);
    }
}
