package dev.tandem.exchange;

import dev.tandem.contacts.ContactDraft;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Contacts as CSV. Reading finds the header row (LinkedIn puts a few "Notes" lines above it) and
 * the delimiter (comma, semicolon or tab), and recognises the export; writing uses Tandem's own columns.
 */
final class CsvFormat {

    private static final char[] DELIMITERS = {',', ';', '\t'};
    private static final int HEADER_SEARCH = 30;

    private CsvFormat() {}

    /** The table of a CSV text; refused when no row of its first lines is a header Tandem recognises. */
    static CsvTable read(String text) {
        for (char delimiter : DELIMITERS) {
            CsvTable table = read(text, delimiter);
            if (table != null) {
                return table;
            }
        }
        throw new UnreadableFile("exchange.unreadable.header");
    }

    private static final int SAMPLED = 100;

    /** The header and sample values with this delimiter; null when no header is found in the first lines. */
    private static @Nullable CsvTable read(String text, char delimiter) {
        List<String> headers = null;
        CsvPreset preset = null;
        long headerRecord = 0;
        List<String> samples = new ArrayList<>();
        int sampled = 0;
        try (CSVParser parser = format(delimiter).parse(new StringReader(text))) {
            int seen = 0;
            for (CSVRecord record : parser) {
                List<String> cells =
                        record.toList().stream().map(SpreadsheetSafe::uncell).toList();
                if (headers == null) {
                    preset = CsvPreset.recognise(cells);
                    if (preset != null) {
                        headers = cells;
                        headerRecord = record.getRecordNumber();
                    } else if (++seen >= HEADER_SEARCH) {
                        return null;
                    }
                } else if (sampled++ < SAMPLED) {
                    sample(samples, cells);
                } else {
                    break;
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // An unclosed quote, for one: the file as a whole cannot be trusted.
            return headers == null ? null : unreadable();
        }
        return headers == null || preset == null
                ? null
                : new CsvTable(preset, headers, samples, text, delimiter, headerRecord);
    }

    /** Each non-blank row after the header, numbered from 1, parsed as it is reached. */
    static void rows(CsvTable table, Consumer<CsvTable.Row> action) {
        int number = 0;
        try (CSVParser parser = format(table.delimiter()).parse(new StringReader(table.text()))) {
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() <= table.headerRecord()) {
                    continue;
                }
                List<String> cells =
                        record.toList().stream().map(SpreadsheetSafe::uncell).toList();
                if (!cells.stream().allMatch(String::isBlank)) {
                    action.accept(new CsvTable.Row(++number, cells));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            unreadable();
        }
    }

    private static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .get();
    }

    /** Keeps the first non-blank value of each column, shortened, to help the user recognise it. */
    private static void sample(List<String> samples, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            while (samples.size() <= i) {
                samples.add("");
            }
            String cell = cells.get(i).strip();
            if (samples.get(i).isEmpty() && !cell.isEmpty()) {
                samples.set(i, cell.length() > 60 ? cell.substring(0, 57) + "…" : cell);
            }
        }
    }

    private static CsvTable unreadable() {
        throw new UnreadableFile("exchange.unreadable.csv");
    }

    /** The drafts under Tandem's columns; lists are one value per line within their cell. */
    static String write(List<ContactDraft> drafts) {
        StringWriter out = new StringWriter();
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setHeader(CsvPreset.TANDEM_COLUMNS.toArray(String[]::new))
                .get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ContactDraft d : drafts) {
                printer.printRecord(Stream.of(
                                d.displayName(),
                                d.givenName(),
                                d.familyName(),
                                lines(d.emails()),
                                lines(d.phones()),
                                d.organizationName(),
                                d.title(),
                                d.department(),
                                d.linkedinUrl(),
                                d.xHandle(),
                                d.website(),
                                lines(d.tags()),
                                d.preferredLanguage(),
                                d.timeZone(),
                                d.howWeMet(),
                                d.notes())
                        .map(SpreadsheetSafe::cell)
                        .toArray());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String lines(List<String> values) {
        return String.join("\n", values);
    }
}
