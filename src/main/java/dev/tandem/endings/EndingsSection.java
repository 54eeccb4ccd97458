package dev.tandem.endings;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** Contracts, ending playbook runs and their follow-ups, for the workspace export and restore. */
@Component
class EndingsSection extends TableSection {

    EndingsSection(TableCopier copier) {
        super(
                copier,
                "endings",
                800,
                Table.of("endings_contracts", "id"),
                Table.of("endings_runs", "id"),
                Table.of("endings_follow_ups", "id"),
                Table.of("endings_introductions", "run_id, person_id"),
                Table.of("endings_deferrals", "id"));
    }
}
