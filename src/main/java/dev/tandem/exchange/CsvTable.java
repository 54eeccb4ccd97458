package dev.tandem.exchange;

import java.util.List;
import java.util.function.Consumer;

/**
 * A CSV file read as a table: the export it comes from, its header row, a sample value of each column,
 * and its data rows, read one at a time from the text. A row's {@code number} counts data rows from
 * 1, as the import report does.
 */
record CsvTable(
        CsvPreset preset, List<String> headers, List<String> samples, String text, char delimiter, long headerRecord) {

    record Row(int number, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }
    }

    CsvTable {
        headers = List.copyOf(headers);
        samples = List.copyOf(samples);
    }

    CsvTable as(CsvPreset other) {
        return new CsvTable(other, headers, samples, text, delimiter, headerRecord);
    }

    /** Each data row in order; a text that breaks off (an unclosed quote) is refused when reached. */
    void forEachRow(Consumer<Row> action) {
        CsvFormat.rows(this, action);
    }

    String sample(int column) {
        return column < samples.size() ? samples.get(column) : "";
    }

    /** The mapping this export's columns suggest. */
    ColumnMapping suggestedMapping() {
        return new ColumnMapping(headers.stream().map(preset::fieldOf).toList(), preset == CsvPreset.TANDEM);
    }
}
