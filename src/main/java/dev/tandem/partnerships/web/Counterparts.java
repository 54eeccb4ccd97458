package dev.tandem.partnerships.web;

import dev.tandem.contacts.Contact;
import dev.tandem.contacts.ContactMatch;
import dev.tandem.contacts.ContactService;
import dev.tandem.contacts.OrganizationService;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Refusal;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Builds the counterpart pickers from contacts' search, and reads the contact a partnership starts from. */
@Component
class Counterparts {

    static final int MATCHES = 8;
    static final int QUERY_LENGTH = 100;

    private final ContactService contacts;
    private final OrganizationService organizations;

    Counterparts(ContactService contacts, OrganizationService organizations) {
        this.contacts = contacts;
        this.organizations = organizations;
    }

    Picker contacts(WorkspaceContext workspace, @Nullable UUID selected, @Nullable String query, boolean none) {
        String text = clip(query);
        Picker.Choice chosen = selected == null
                ? null
                : contact(workspace, selected)
                        .map(c -> new Picker.Choice(c.id(), c.displayName(), c.organizationName()))
                        .orElse(null);
        var matches = contacts.search(workspace, text, MATCHES).stream()
                .filter(m -> !m.id().equals(selected))
                .map(Counterparts::choice)
                .toList();
        String path = "/w/" + workspace.workspaceId() + "/partnerships/pick/contacts?none=" + none;
        return new Picker("contact", "contactId", path, chosen, matches, text, none);
    }

    Picker organizations(WorkspaceContext workspace, @Nullable UUID selected, @Nullable String query) {
        String text = clip(query);
        Picker.Choice chosen = null;
        if (selected != null) {
            try {
                chosen = new Picker.Choice(
                        selected, organizations.get(workspace, selected).name(), null);
            } catch (Refusal gone) {
                chosen = null;
            }
        }
        var matches = organizations.search(workspace, text, MATCHES).stream()
                .filter(m -> !m.id().equals(selected))
                .map(m -> new Picker.Choice(m.id(), m.name(), null))
                .toList();
        String path = "/w/" + workspace.workspaceId() + "/partnerships/pick/organizations";
        return new Picker("organization", "organizationId", path, chosen, matches, text, true);
    }

    /** The contact, or empty when it is not (or no longer) in the workspace. */
    Optional<Contact> contact(WorkspaceContext workspace, UUID id) {
        try {
            return Optional.of(contacts.get(workspace, id));
        } catch (Refusal gone) {
            return Optional.empty();
        }
    }

    private static Picker.Choice choice(ContactMatch match) {
        return new Picker.Choice(match.id(), match.displayName(), match.organizationName());
    }

    private static String clip(@Nullable String query) {
        String text = Objects.requireNonNullElse(query, "").strip();
        return text.length() > QUERY_LENGTH ? text.substring(0, QUERY_LENGTH) : text;
    }
}
