package dev.tandem.health;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** The health settings, each partnership's current score and its weekly history, for the workspace export and restore. */
@Component
class HealthSection extends TableSection {

    HealthSection(TableCopier copier) {
        super(
                copier,
                "health",
                900,
                Table.of("health_settings", "workspace_id").asSettings(),
                Table.of("health_scores", "partnership_id"),
                Table.of("health_snapshots", "partnership_id, week"));
    }
}
