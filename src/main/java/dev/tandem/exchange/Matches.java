package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import dev.tandem.contacts.ContactImports;
import dev.tandem.contacts.ContactImports.Handle;
import dev.tandem.shared.WorkspaceId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Who a row of a file is, if the workspace (or an earlier row) knows them already: the contact with one
 * of its emails, else with its LinkedIn profile, else with its X handle. Compared as people write them
 * differently: emails and handles without case, LinkedIn addresses without scheme, "www.", query or
 * trailing slash.
 */
final class Matches {

    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern SUBDOMAIN = Pattern.compile("^(www|[a-z]{2})\\.(?=linkedin\\.com)");
    private static final Pattern QUERY = Pattern.compile("[?#].*$");
    private static final Pattern TRAILING = Pattern.compile("/+$");

    private final Map<String, UUID> byKey = new HashMap<>();

    /** The handles of the workspace's contacts as they are now. */
    static Matches of(ContactImports contacts, WorkspaceId workspace) {
        Matches matches = new Matches();
        contacts.handles(workspace, (id, kind, value) -> matches.put(key(kind, value), id));
        return matches;
    }

    Optional<UUID> find(ContactDraft draft) {
        for (String email : draft.emails()) {
            UUID found = byKey.get(key(Handle.EMAIL, email));
            if (found != null) {
                return Optional.of(found);
            }
        }
        return lookup(Handle.LINKEDIN, draft.linkedinUrl()).or(() -> lookup(Handle.X, draft.xHandle()));
    }

    private Optional<UUID> lookup(Handle kind, @Nullable String value) {
        String key = value == null ? null : key(kind, value);
        return key == null ? Optional.empty() : Optional.ofNullable(byKey.get(key));
    }

    /** Later rows with one of the draft's handles are the contact {@code id}. */
    void remember(UUID id, ContactDraft draft) {
        draft.emails().forEach(email -> put(key(Handle.EMAIL, email), id));
        if (draft.linkedinUrl() != null) {
            put(key(Handle.LINKEDIN, draft.linkedinUrl()), id);
        }
        if (draft.xHandle() != null) {
            put(key(Handle.X, draft.xHandle()), id);
        }
    }

    private void put(@Nullable String key, UUID id) {
        if (key != null) {
            byKey.putIfAbsent(key, id);
        }
    }

    static @Nullable String key(Handle kind, String value) {
        String folded = value.strip().toLowerCase(Locale.ROOT);
        String key = switch (kind) {
            case EMAIL -> folded;
            case X -> folded.replaceFirst("^@", "");
            case LINKEDIN -> linkedIn(folded);
        };
        return key.isEmpty() ? null : kind.name() + ":" + key;
    }

    /** {@code https://www.linkedin.com/in/ada/?trk=x} and {@code linkedin.com/in/Ada} are the same profile. */
    static String linkedIn(String url) {
        String key = SCHEME.matcher(url.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
        key = SUBDOMAIN.matcher(key).replaceFirst("");
        key = QUERY.matcher(key).replaceFirst("");
        return TRAILING.matcher(key).replaceFirst("");
    }
}
