package dev.tandem.contacts.web;

import dev.tandem.contacts.ContactDraft;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** Answers a stored photo, or 404. */
final class ContactPhotos {

    private ContactPhotos() {}

    static ResponseEntity<byte[]> answer(Optional<ContactDraft.Photo> photo) {
        return photo.map(p -> ResponseEntity.ok()
                        .contentType(MediaType.parseMediaType(p.mediaType()))
                        .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                        .header("X-Content-Type-Options", "nosniff")
                        .body(p.data()))
                .orElseGet(() -> ResponseEntity.notFound().build());
    }
}
