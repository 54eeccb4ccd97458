package dev.tandem.goals;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/**
 * Shared and own goals, what serves what, key results, measurements and the voices consulted, for the workspace export
 * and restore.
 */
@Component
class GoalsSection extends TableSection {

    GoalsSection(TableCopier copier) {
        super(
                copier,
                "goals",
                400,
                Table.of("goals", "id"),
                Table.of("goal_own_goals", "id"),
                Table.of("goal_serves", "goal_id, own_goal_id"),
                Table.of("goal_key_results", "id"),
                Table.of("goal_measurements", "id"),
                Table.of("goal_consultations", "id"));
    }
}
