package dev.tandem.timeline;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** Every timeline entry with its arguments, for the workspace export and restore. */
@Component
class TimelineSection extends TableSection {

    TimelineSection(TableCopier copier) {
        super(copier, "timeline", 950, Table.of("timeline_entries", "id"));
    }
}
