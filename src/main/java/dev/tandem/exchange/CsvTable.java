package dev.tandem.exchange;

import java.util.List;

/**
 * A CSV file read as a table: the export it comes from, its header row and its data rows. A row's
 * {@code number} counts data rows from 1, as the import report does.
 */
record CsvTable(CsvPreset preset, List<String> headers, List<Row> rows) {

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
        rows = List.copyOf(rows);
    }

    /** The mapping this export's columns suggest. */
    ColumnMapping suggestedMapping() {
        return new ColumnMapping(headers.stream().map(preset::fieldOf).toList(), preset == CsvPreset.TANDEM);
    }
}
