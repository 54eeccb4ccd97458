package dev.tandem.exchange.web;

import dev.tandem.exchange.ContactField;
import dev.tandem.exchange.ExportFormat;
import dev.tandem.exchange.FileFormat;
import dev.tandem.shared.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.multipart.MultipartFile;

/** What the pages and the API read from a request the same way: formats, the column mapping, the file. */
final class Requests {

    /** Columns beyond this are never mapped; no contacts export has that many. */
    static final int MAX_COLUMNS = 500;

    private Requests() {}

    static @Nullable FileFormat fileFormat(@Nullable String name) {
        if (name == null || name.isBlank() || name.equalsIgnoreCase("auto")) {
            return null;
        }
        return FileFormat.named(name).orElseThrow(() -> new InvalidInput("exchange.format.unknown", name).on("format"));
    }

    static ExportFormat exportFormat(String name) {
        return ExportFormat.named(name)
                .orElseThrow(() -> new InvalidInput("exchange.format.unknown", name).on("format"));
    }

    /** The fields chosen in the preview, {@code col0}, {@code col1}, …; empty or unknown: the column is ignored. */
    static List<@Nullable ContactField> mapping(Map<String, String> params) {
        List<@Nullable ContactField> fields = new ArrayList<>();
        for (int i = 0; i < MAX_COLUMNS && params.containsKey("col" + i); i++) {
            String value = params.get("col" + i);
            fields.add(
                    value == null || value.isBlank()
                            ? null
                            : Arrays.stream(ContactField.values())
                                    .filter(f -> f.name().equals(value))
                                    .findFirst()
                                    .orElse(null));
        }
        return fields;
    }

    static byte[] content(@Nullable MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidInput("exchange.file.missing").on("file");
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> download(ExportFormat format, String text) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(format.mediaType()), StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(format.fileName())
                                .build()
                                .toString())
                .body(text.getBytes(StandardCharsets.UTF_8));
    }
}
