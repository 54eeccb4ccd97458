package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/** Builds the preview of an upload from the file as read and the plan for its rows. */
final class Previews {

    private Previews() {
    }

    static ImportPreview of(Uploads.Upload upload, ParsedFile file, List<Importer.Planned> plan,
            BiFunction<String, Object[], String> messages) {
        List<ImportPreview.Column> columns = new ArrayList<>();
        if (file.table() != null && file.mapping() != null) {
            List<String> headers = file.table().headers();
            for (int i = 0; i < headers.size(); i++) {
                columns.add(new ImportPreview.Column(i, headers.get(i), file.mapping().field(i), sample(file.table(), i)));
            }
        }
        List<ImportPreview.Row> rows = plan.stream().limit(ImportPreview.SHOWN).map(p -> row(p, messages)).toList();
        return new ImportPreview(upload.id(), upload.fileName(), file.format(),
                file.table() == null ? null : file.table().preset(), columns, rows, plan.size(),
                count(plan, RowAction.CREATE), count(plan, RowAction.UPDATE), count(plan, RowAction.SKIP),
                count(plan, RowAction.ERROR));
    }

    private static ImportPreview.Row row(Importer.Planned planned, BiFunction<String, Object[], String> messages) {
        ContactDraft draft = planned.draft();
        return new ImportPreview.Row(planned.row(), planned.action(), draft.displayName(),
                draft.emails().isEmpty() ? "" : draft.emails().get(0),
                draft.organizationName() == null ? "" : draft.organizationName(),
                planned.messageKey() == null ? null : messages.apply(planned.messageKey(), new Object[0]));
    }

    /** The first value of the column, to help the user recognise it. */
    private static String sample(CsvTable table, int column) {
        return table.rows().stream().map(row -> row.cell(column).strip()).filter(cell -> !cell.isEmpty())
                .findFirst().map(cell -> cell.length() > 60 ? cell.substring(0, 57) + "…" : cell).orElse("");
    }

    private static int count(List<Importer.Planned> plan, RowAction action) {
        return (int) plan.stream().filter(p -> p.action() == action).count();
    }
}
