package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

/** Builds the preview of an upload, row by row: the counts over the whole file, the first rows in full. */
final class Previews {

    private Previews() {}

    static ImportPreview of(
            Uploads.Upload upload,
            ParsedFile file,
            Importer importer,
            Matches matches,
            BiFunction<String, Object[], String> messages) {
        List<ImportPreview.Column> columns = new ArrayList<>();
        if (file.table() != null && file.mapping() != null) {
            List<String> headers = file.table().headers();
            for (int i = 0; i < headers.size(); i++) {
                columns.add(new ImportPreview.Column(
                        i, headers.get(i), file.mapping().field(i), file.table().sample(i)));
            }
        }
        List<ImportPreview.Row> rows = new ArrayList<>();
        Map<RowAction, Integer> counts = new EnumMap<>(RowAction.class);
        int[] warnings = {0};
        importer.plan(file, matches, planned -> {
            counts.merge(planned.action(), 1, Integer::sum);
            warnings[0] += planned.warning() == null ? 0 : 1;
            if (rows.size() < ImportPreview.SHOWN) {
                rows.add(row(planned, messages));
            }
        });
        return new ImportPreview(
                upload.id(),
                upload.fileName(),
                file.format(),
                file.table() == null ? null : file.table().preset(),
                columns,
                rows,
                file.size(),
                counts.getOrDefault(RowAction.CREATE, 0),
                counts.getOrDefault(RowAction.UPDATE, 0),
                counts.getOrDefault(RowAction.SKIP, 0),
                counts.getOrDefault(RowAction.ERROR, 0),
                warnings[0]);
    }

    private static ImportPreview.Row row(Importer.Planned planned, BiFunction<String, Object[], String> messages) {
        ContactDraft draft = planned.draft();
        String key = planned.messageKey() != null ? planned.messageKey() : planned.warning();
        return new ImportPreview.Row(
                planned.row(),
                planned.action(),
                draft.displayName(),
                draft.emails().isEmpty() ? "" : draft.emails().get(0),
                draft.organizationName() == null ? "" : draft.organizationName(),
                key == null
                        ? null
                        : messages.apply(key, planned.messageKey() != null ? planned.args() : new Object[0]));
    }
}
