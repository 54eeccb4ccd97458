package dev.tandem.notify;

import dev.tandem.shared.WorkspaceId;
import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/**
 * Each member's notifications and preferences (for people with an account on this server, with a new unsubscribe
 * token), for the workspace export and restore. The sweep and digest claims are a node's passing state and stay.
 */
@Component
class NotifySection extends TableSection {

    NotifySection(TableCopier copier) {
        super(
                copier,
                "notify",
                950,
                Table.of("notify_notifications", "user_id, id").onlyWithAccount("user_id"),
                Table.of("notify_preferences", "user_id")
                        .onlyWithAccount("user_id")
                        .secret("unsubscribe_token", PreferenceStore::token));
    }

    /** A new workspace already tells its owner of things (an invitation accepted): that is not data to clash with. */
    @Override
    public boolean holdsData(WorkspaceId workspace) {
        return false;
    }
}
