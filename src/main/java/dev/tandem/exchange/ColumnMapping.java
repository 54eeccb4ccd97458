package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which contact field each CSV column fills (null: the column is ignored). Several values in one
 * cell are separated by line breaks in Tandem's own export, and by {@code ;}, {@code :::} (Google)
 * or, for emails, {@code ,} in other files.
 */
record ColumnMapping(List<@Nullable ContactField> fields, boolean lineSeparatedLists) {

    private static final Pattern LIST = Pattern.compile("\\s*(?::::|;)\\s*");
    private static final Pattern EMAIL_LIST = Pattern.compile("\\s*(?::::|;|,)\\s*");

    ColumnMapping {
        fields = Collections.unmodifiableList(new ArrayList<>(fields));
    }

    /** The same columns, filled as the user chose; columns beyond the choices keep this mapping. */
    ColumnMapping with(List<@Nullable ContactField> chosen) {
        List<@Nullable ContactField> merged = new ArrayList<>(fields);
        for (int i = 0; i < Math.min(chosen.size(), merged.size()); i++) {
            merged.set(i, chosen.get(i));
        }
        return new ColumnMapping(merged, lineSeparatedLists);
    }

    @Nullable
    ContactField field(int column) {
        return column < fields.size() ? fields.get(column) : null;
    }

    /** The row's contact, or an empty builder when no mapped column has a value. */
    DraftBuilder read(CsvTable.Row row) {
        DraftBuilder draft = new DraftBuilder();
        for (int column = 0; column < fields.size(); column++) {
            ContactField field = fields.get(column);
            String cell = row.cell(column);
            if (field == null || cell.isBlank()) {
                continue;
            }
            if (field.multiValued()) {
                values(field, cell).forEach(value -> draft.set(field, value));
            } else {
                draft.set(field, cell);
            }
        }
        return draft;
    }

    ContactDraft draft(CsvTable.Row row) {
        return read(row).build();
    }

    private List<String> values(ContactField field, String cell) {
        if (lineSeparatedLists || cell.indexOf('\n') >= 0) {
            return List.of(cell.split("\r?\n"));
        }
        List<String> values = new ArrayList<>();
        for (String value : (field == ContactField.EMAIL ? EMAIL_LIST : LIST).split(cell)) {
            // Google's system groups ("* myContacts", "* starred") are not tags anyone chose.
            if (!(field == ContactField.TAGS && value.startsWith("* "))) {
                values.add(value);
            }
        }
        return values;
    }
}
