package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An uploaded file, read: its format, for CSV the table and the mapping in force, and one entry per
 * contact it describes ({@code blank} when the row says nothing Tandem keeps).
 */
record ParsedFile(FileFormat format, @Nullable CsvTable table, @Nullable ColumnMapping mapping, List<Entry> entries) {

    record Entry(int row, ContactDraft draft, boolean blank) {
    }

    ParsedFile {
        entries = List.copyOf(entries);
    }

    /**
     * Reads the bytes as {@code requested}, or as what their content looks like when null. For CSV,
     * {@code chosen} overrides the suggested field of the first columns (null entries ignore a column).
     */
    static ParsedFile read(byte[] bytes, @Nullable FileFormat requested, List<@Nullable ContactField> chosen) {
        String text = FileText.decode(bytes);
        FileFormat format = requested != null ? requested
                : VCardFormat.looksLikeVCard(text) ? FileFormat.VCARD : FileFormat.CSV;
        if (format == FileFormat.VCARD) {
            List<Entry> entries = new ArrayList<>();
            for (ContactDraft draft : VCardFormat.read(text)) {
                entries.add(new Entry(entries.size() + 1, draft, isBlank(draft)));
            }
            return new ParsedFile(format, null, null, entries);
        }
        CsvTable table = CsvFormat.read(text);
        if (format == FileFormat.LINKEDIN && table.preset() != CsvPreset.LINKEDIN) {
            table = new CsvTable(CsvPreset.LINKEDIN, table.headers(), table.rows());
        }
        ColumnMapping mapping = chosen.isEmpty() ? table.suggestedMapping() : table.suggestedMapping().with(chosen);
        List<Entry> entries = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            DraftBuilder draft = mapping.read(row);
            entries.add(new Entry(row.number(), draft.build(), draft.isEmpty()));
        }
        return new ParsedFile(table.preset() == CsvPreset.LINKEDIN ? FileFormat.LINKEDIN : FileFormat.CSV, table,
                mapping, entries);
    }

    private static boolean isBlank(ContactDraft draft) {
        return draft.displayName().isBlank() && draft.emails().isEmpty() && draft.phones().isEmpty()
                && draft.organizationName() == null && draft.notes() == null;
    }
}
