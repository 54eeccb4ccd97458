package dev.tandem.ledger;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** The ledger's settings, entries, shared risks and which ledgers are shared, for the workspace export and restore. */
@Component
class LedgerSection extends TableSection {

    LedgerSection(TableCopier copier) {
        super(
                copier,
                "ledger",
                700,
                Table.of("ledger_settings", "workspace_id").asSettings(),
                Table.of("ledger_entries", "id"),
                Table.of("ledger_risks", "id"),
                Table.of("ledger_sharing", "partnership_id"));
    }
}
