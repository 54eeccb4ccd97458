package dev.tandem.contacts;

import dev.tandem.shared.sections.Restoring;
import dev.tandem.shared.sections.Table;
import dev.tandem.shared.sections.TableCopier;
import dev.tandem.shared.sections.TableSection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
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
                Table.of("contact_shared_prefixes", "prefix"),
                Table.of("contact_notes", "id"));
    }

    @Override
    public void restore(Map<String, List<Map<String, @Nullable Object>>> rows, Restoring restoring) {
        super.restore(withContactsSortKeys(rows), restoring);
    }

    /**
     * A tag row carries its contact's sort key (a tag's contacts are listed A to Z by it): taken from the file's
     * contact, so that a file made before tag rows had one, or one edited by hand, restores in the right order.
     */
    private static Map<String, List<Map<String, @Nullable Object>>> withContactsSortKeys(
            Map<String, List<Map<String, @Nullable Object>>> rows) {
        List<Map<String, @Nullable Object>> tags = rows.get("contact_tags");
        if (tags == null) {
            return rows;
        }
        Map<@Nullable Object, @Nullable Object> sortKeys = new HashMap<>();
        rows.getOrDefault("contacts", List.of())
                .forEach(contact -> sortKeys.put(contact.get("id"), contact.get("sort_key")));
        Map<String, List<Map<String, @Nullable Object>>> filled = new LinkedHashMap<>(rows);
        filled.put(
                "contact_tags",
                tags.stream()
                        .map(tag -> {
                            Map<String, @Nullable Object> row = new LinkedHashMap<>(tag);
                            row.put("sort_key", sortKeys.get(tag.get("contact_id")));
                            return row;
                        })
                        .toList());
        return filled;
    }
}
