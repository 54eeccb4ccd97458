package dev.tandem.partnerships;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** Partnerships with their values, stage history, participants and notes, for the workspace export and restore. */
@Component
class PartnershipsSection extends TableSection {

    PartnershipsSection(TableCopier copier) {
        super(
                copier,
                "partnerships",
                300,
                Table.of("partnerships", "id"),
                Table.of("partnership_values", "partnership_id, value_key"),
                Table.of("partnership_stage_changes", "id"),
                Table.of("partnership_participants", "id"),
                Table.of("partnership_notes", "id"));
    }
}
