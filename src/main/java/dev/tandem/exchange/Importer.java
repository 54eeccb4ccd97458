package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import dev.tandem.contacts.ContactImports;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Conflict;
import dev.tandem.shared.InvalidInput;
import dev.tandem.shared.WorkspaceId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;
import org.jspecify.annotations.Nullable;

/**
 * Decides and does what each row of a read file becomes. A row whose email a contact already has
 * (or an earlier row of the same file had) updates that contact; a row without any name cannot
 * create one. Each row is written on its own, so one refused row does not hold back the others.
 */
final class Importer {

    /** A row's fate as the preview shows it; {@code messageKey} says why for a skip or an error. */
    record Planned(int row, RowAction action, ContactDraft draft, @Nullable String messageKey) {
    }

    private final ContactImports contacts;

    Importer(ContactImports contacts) {
        this.contacts = contacts;
    }

    List<Planned> plan(WorkspaceId workspace, ParsedFile file) {
        Set<String> seen = new HashSet<>();
        List<Planned> planned = new ArrayList<>();
        for (ParsedFile.Entry entry : file.entries()) {
            ContactDraft draft = entry.draft();
            if (entry.blank()) {
                planned.add(new Planned(entry.row(), RowAction.SKIP, draft, "exchange.row.blank"));
            } else if (draft.emails().stream().anyMatch(email -> seen.contains(key(email)))
                    || existing(workspace, draft).isPresent()) {
                planned.add(new Planned(entry.row(), RowAction.UPDATE, draft, null));
            } else if (draft.displayName().isBlank()) {
                planned.add(new Planned(entry.row(), RowAction.ERROR, draft, "exchange.row.noName"));
            } else {
                planned.add(new Planned(entry.row(), RowAction.CREATE, draft, null));
            }
            draft.emails().forEach(email -> seen.add(key(email)));
        }
        return planned;
    }

    /** Imports every row; {@code messages} turns a refusal's key and arguments into the reader's language. */
    ImportResult run(WorkspaceContext context, ParsedFile file, BiFunction<String, Object[], String> messages) {
        int created = 0;
        int updated = 0;
        int skipped = 0;
        List<ImportResult.RowError> errors = new ArrayList<>();
        for (ParsedFile.Entry entry : file.entries()) {
            ContactDraft draft = entry.draft();
            try {
                Optional<UUID> existing = entry.blank() ? Optional.empty() : existing(context.workspaceId(), draft);
                if (entry.blank()) {
                    skipped++;
                } else if (existing.isPresent()) {
                    contacts.mergeInto(context, existing.get(), draft);
                    updated++;
                } else if (draft.displayName().isBlank()) {
                    errors.add(new ImportResult.RowError(entry.row(), messages.apply("exchange.row.noName", new Object[0])));
                } else {
                    contacts.create(context, draft);
                    created++;
                }
            } catch (InvalidInput | Conflict problem) {
                errors.add(new ImportResult.RowError(entry.row(), messages.apply(problem.messageKey(), problem.args())));
            }
        }
        return new ImportResult(created, updated, skipped, errors);
    }

    private Optional<UUID> existing(WorkspaceId workspace, ContactDraft draft) {
        for (String email : draft.emails()) {
            Optional<UUID> found = contacts.findByEmail(workspace, email);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static String key(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
