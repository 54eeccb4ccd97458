package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import dev.tandem.contacts.ContactImports;
import dev.tandem.identity.WorkspaceContext;
import dev.tandem.shared.Ids;
import dev.tandem.shared.InvalidInput;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Decides and does what each row of a read file becomes. A row that {@link Matches} recognises updates
 * that contact (one in the workspace, or one an earlier row creates); a row without any name cannot
 * create one; a row the contact rules refuse is reported. The file is read and written in chunks of
 * {@value #CHUNK} rows, creations batched, all in the caller's transaction.
 */
final class Importer {

    static final int CHUNK = 500;

    /** A row's fate; {@code target} is the contact it creates or updates, {@code messageKey} why it is skipped or refused. */
    record Planned(
            int row,
            RowAction action,
            ContactDraft draft,
            @Nullable UUID target,
            @Nullable String messageKey,
            Object[] args,
            @Nullable String warning) {}

    /** Told the number of rows done after each chunk; it may throw to stop (and roll back) the import. */
    @FunctionalInterface
    interface Progress {
        void done(int rows);
    }

    private final ContactImports contacts;

    Importer(ContactImports contacts) {
        this.contacts = contacts;
    }

    Matches matches(WorkspaceContext context) {
        return Matches.of(contacts, context.workspaceId());
    }

    /** The plan of every row, in order, without writing anything. */
    void plan(ParsedFile file, Matches matches, Consumer<Planned> action) {
        file.forEach(entry -> action.accept(plan(entry, matches)));
    }

    private Planned plan(ParsedFile.Entry entry, Matches matches) {
        ContactDraft draft = entry.draft();
        if (entry.blank()) {
            return new Planned(entry.row(), RowAction.SKIP, draft, null, "exchange.row.blank", new Object[0], null);
        }
        Optional<UUID> existing = matches.find(draft);
        if (existing.isPresent()) {
            matches.remember(existing.get(), draft);
            return new Planned(
                    entry.row(), RowAction.UPDATE, draft, existing.get(), null, new Object[0], entry.warning());
        }
        if (draft.displayName().isBlank()) {
            return new Planned(entry.row(), RowAction.ERROR, draft, null, "exchange.row.noName", new Object[0], null);
        }
        try {
            contacts.check(draft);
        } catch (InvalidInput refused) {
            return new Planned(entry.row(), RowAction.ERROR, draft, null, refused.messageKey(), refused.args(), null);
        }
        UUID id = Ids.next();
        matches.remember(id, draft);
        return new Planned(entry.row(), RowAction.CREATE, draft, id, null, new Object[0], entry.warning());
    }

    /** A chunk of planned rows, with the rows of the contacts it creates made ready. */
    private record Chunk(List<Planned> rows, ContactImports.Prepared created) {}

    /** Chunks planned and prepared ahead of the one being written. */
    private static final int AHEAD = 2;

    /**
     * Imports every row; {@code messages} turns a key and its arguments into the reader's language. The file is
     * read, planned and prepared a chunk or two ahead on a thread of its own while this one, the transaction's,
     * writes.
     */
    ImportResult run(
            WorkspaceContext context,
            ParsedFile file,
            BiFunction<String, Object[], String> messages,
            Progress progress) {
        Tally tally = new Tally(messages);
        Matches matches = matches(context);
        int done = 0;
        try (var chunks = new ReadAhead<Chunk>("import-" + context.workspaceId().value(), AHEAD, ready -> {
            List<Planned> rows = new ArrayList<>(CHUNK);
            plan(file, matches, planned -> {
                rows.add(planned);
                if (rows.size() == CHUNK) {
                    ready.accept(prepare(context, List.copyOf(rows)));
                    rows.clear();
                }
            });
            ready.accept(prepare(context, List.copyOf(rows)));
        })) {
            for (Chunk chunk = chunks.next(); chunk != null; chunk = chunks.next()) {
                write(context, chunk, tally);
                done += chunk.rows().size();
                progress.done(done);
            }
        }
        return tally.result();
    }

    private Chunk prepare(WorkspaceContext context, List<Planned> rows) {
        return new Chunk(
                rows,
                contacts.prepare(
                        context.workspaceId(),
                        rows.stream()
                                .filter(p -> p.action() == RowAction.CREATE)
                                .map(p -> new ContactImports.NewContact(p.target(), p.draft()))
                                .toList()));
    }

    private void write(WorkspaceContext context, Chunk chunk, Tally tally) {
        contacts.createAll(context, chunk.created());
        List<Planned> updates = chunk.rows().stream()
                .filter(p -> p.action() == RowAction.UPDATE)
                .toList();
        List<@Nullable InvalidInput> refusals = contacts.mergeAll(
                context,
                updates.stream()
                        .map(p -> new ContactImports.Merge(p.target(), p.draft()))
                        .toList());
        Map<Planned, InvalidInput> refused = new IdentityHashMap<>();
        for (int i = 0; i < updates.size(); i++) {
            InvalidInput refusal = refusals.get(i);
            if (refusal != null) {
                refused.put(updates.get(i), refusal);
            }
        }
        for (Planned planned : chunk.rows()) {
            InvalidInput refusal = refused.get(planned);
            if (refusal != null) {
                tally.add(new Planned(
                        planned.row(),
                        RowAction.ERROR,
                        planned.draft(),
                        null,
                        refusal.messageKey(),
                        refusal.args(),
                        null));
                continue;
            }
            tally.add(planned);
        }
    }
}
