package dev.tandem.space.web;

import dev.tandem.shared.InvalidInput;
import dev.tandem.space.StoredFile;
import dev.tandem.space.Upload;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.InvalidMimeTypeException;
import org.springframework.web.multipart.MultipartFile;

/** Files in and out of the space: an upload read whole, a download that a browser saves and never renders. */
final class SpaceUploads {

    private SpaceUploads() {}

    static Upload of(@Nullable MultipartFile file) {
        if (file == null) {
            throw new InvalidInput("space.problem.emptyFile").on("file");
        }
        try {
            return new Upload(file.getOriginalFilename() == null ? "" : file.getOriginalFilename(), file.getBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> attachment(StoredFile file) {
        return ResponseEntity.ok()
                .contentType(type(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.name(), StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore().cachePrivate())
                .body(file.content());
    }

    static ResponseEntity<byte[]> thumbnail(byte[] png) {
        return ResponseEntity.ok()
                .contentType(MediaType.IMAGE_PNG)
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePrivate())
                .body(png);
    }

    private static MediaType type(String detected) {
        try {
            return MediaType.parseMediaType(detected);
        } catch (InvalidMimeTypeException e) {
            return MediaType.APPLICATION_OCTET_STREAM;
        }
    }
}
