package dev.tandem.contacts;

import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import org.springframework.stereotype.Component;

/** Organisations and contacts with their channels, tags, notes and photos, and their search index, for the workspace export and restore. */
@Component
class ContactsSection extends TableSection {

    ContactsSection(TableCopier copier) {
        super(
                copier,
                "contacts",
                200,
                Table.of("contact_organizations", "id"),
                Table.of("contact_organization_tags", "organization_id, tag_key"),
                Table.of("contact_organization_terms", "organization_id, term"),
                Table.of("contacts", "id"),
                Table.of("contact_emails", "contact_id, email_key"),
                Table.of("contact_phones", "contact_id, phone_key"),
                Table.of("contact_tags", "contact_id, tag_key"),
                Table.of("contact_terms", "contact_id, term"),
                Table.of("contact_term_prefixes", "contact_id, prefix, sort_key, term"),
                Table.of("contact_notes", "id"));
    }
}
