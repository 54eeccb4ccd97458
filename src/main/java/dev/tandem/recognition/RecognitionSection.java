package dev.tandem.recognition;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** Milestones with their contributors and links, and kudos, for the workspace export and restore. */
@Component
class RecognitionSection extends TableSection {

    RecognitionSection(TableCopier copier) {
        super(
                copier,
                "recognition",
                710,
                Table.of("recognition_milestones", "id"),
                Table.of("recognition_contributors", "milestone_id, side, person_id"),
                Table.of("recognition_links", "milestone_id, kind, target_id"),
                Table.of("recognition_kudos", "id"));
    }
}
