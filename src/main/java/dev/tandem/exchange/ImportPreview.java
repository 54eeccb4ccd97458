package dev.tandem.exchange;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What confirming an upload would do: the format read, for CSV the export recognised and the mapping
 * of its columns (which the user may change), and each row with its action. {@code rows} holds at
 * most {@link #SHOWN} rows; the counts are over the whole file.
 */
public record ImportPreview(
        UUID uploadId,
        String fileName,
        FileFormat format,
        @Nullable CsvPreset preset,
        List<Column> columns,
        List<Row> rows,
        int total,
        int creates,
        int updates,
        int skips,
        int errors,
        int warnings) {

    public static final int SHOWN = 200;

    /** A CSV column: its header, the field it fills (null: ignored) and a value from the file. */
    public record Column(int index, String header, @Nullable ContactField field, String sample) {}

    /** A row of the file as it will be imported; {@code message} explains an error, a skip or what is left out. */
    public record Row(
            int row,
            RowAction action,
            String displayName,
            String email,
            String organization,
            @Nullable String message) {}

    public ImportPreview {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }
}
