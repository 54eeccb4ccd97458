package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file, read: its format, for CSV the table and the mapping in force, and how many
 * contacts it describes. The contacts themselves are parsed one at a time by {@link #forEach}, so
 * that a large file is never held as objects all at once. Reading checks the whole file: one that
 * breaks off anywhere is refused before anything is written.
 */
record ParsedFile(
        FileFormat format,
        @Nullable CsvTable table,
        @Nullable ColumnMapping mapping,
        String text,
        int size) {

    /**
     * One contact of the file ({@code blank} when the row says nothing Tandem keeps); {@code warning}
     * is the message key of what was left out of it (a photo that could not be kept).
     */
    record Entry(
            int row,
            ContactDraft draft,
            boolean blank,
            @Nullable String warning) {}

    /**
     * Reads the bytes as {@code requested}, or as what their content looks like when null. For CSV,
     * {@code chosen} overrides the suggested field of the first columns (null entries ignore a column).
     */
    static ParsedFile read(byte[] bytes, @Nullable FileFormat requested, List<@Nullable ContactField> chosen) {
        String text = FileText.decode(bytes);
        FileFormat format =
                requested != null ? requested : VCardFormat.looksLikeVCard(text) ? FileFormat.VCARD : FileFormat.CSV;
        ParsedFile file;
        if (format == FileFormat.VCARD) {
            file = new ParsedFile(format, null, null, text, 0);
        } else {
            CsvTable table = CsvFormat.read(text);
            if (format == FileFormat.LINKEDIN && table.preset() != CsvPreset.LINKEDIN) {
                table = table.as(CsvPreset.LINKEDIN);
            }
            ColumnMapping mapping = chosen.isEmpty()
                    ? table.suggestedMapping()
                    : table.suggestedMapping().with(chosen);
            file = new ParsedFile(
                    table.preset() == CsvPreset.LINKEDIN ? FileFormat.LINKEDIN : FileFormat.CSV,
                    table,
                    mapping,
                    text,
                    0);
        }
        int[] count = {0};
        file.forEach(entry -> count[0]++);
        return new ParsedFile(file.format, file.table, file.mapping, text, count[0]);
    }

    /** Each contact of the file in order, parsed as it is reached. */
    void forEach(Consumer<Entry> action) {
        if (table == null || mapping == null) {
            int[] row = {0};
            VCardFormat.read(text, draft -> {
                Photos.Checked checked = Photos.check(draft);
                action.accept(new Entry(++row[0], checked.draft(), isBlank(draft), checked.warning()));
            });
            return;
        }
        table.forEachRow(row -> {
            DraftBuilder draft = mapping.read(row);
            action.accept(new Entry(row.number(), draft.build(), draft.isEmpty(), null));
        });
    }

    /** Every entry at once: for small files and tests. */
    List<Entry> entries() {
        List<Entry> entries = new ArrayList<>();
        forEach(entries::add);
        return entries;
    }

    private static boolean isBlank(ContactDraft draft) {
        return draft.displayName().isBlank()
                && draft.emails().isEmpty()
                && draft.phones().isEmpty()
                && draft.organizationName() == null
                && draft.notes() == null;
    }
}
