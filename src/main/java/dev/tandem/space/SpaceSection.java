package dev.tandem.space;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** The shared spaces: posts and replies, files with their bytes (Base64) and thumbnails, the write counter and who read up to where (for people with an account on this server), for the workspace export and restore. */
@Component
class SpaceSection extends TableSection {

    SpaceSection(TableCopier copier) {
        super(
                copier,
                "space",
                600,
                Table.of("space_sequences", "workspace_id").asSettings(),
                Table.of("space_posts", "created_seq"),
                Table.of("space_files", "id"),
                Table.of("space_visits", "partnership_id, user_id").onlyWithAccount("user_id"));
    }
}
