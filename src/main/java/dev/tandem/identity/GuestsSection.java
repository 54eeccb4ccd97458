package dev.tandem.identity;

import dev.tandem.shared.WorkspaceId;
import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/**
 * Invitations (to the team and to a partnership's space) and partner-side guests. Guests are people with accounts:
 * a guest's access is restored when an account with the same email is on this server, and left out otherwise.
 * Invitation links are secrets and stay out of the file: a restored invitation keeps its history but its link no
 * longer works, so a pending one is sent again.
 */
@Component
class GuestsSection extends TableSection {

    GuestsSection(TableCopier copier) {
        super(
                copier,
                "guests",
                350,
                Table.of("invitations", "id").secret("token_hash", () -> Secrets.hash(Secrets.generate("restored"))),
                Table.of("partnership_guests", "partnership_id, user_id").onlyWithAccount("user_id"));
    }

    @Override
    public boolean holdsData(WorkspaceId workspace) {
        return false;
    }
}
