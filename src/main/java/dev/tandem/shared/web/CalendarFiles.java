package dev.tandem.shared.web;

import java.nio.charset.StandardCharsets;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** iCalendar text as a file to download ({@code name.ics}), never cached: a meeting's or a meetup's invitation. */
public final class CalendarFiles {

    public static final MediaType TEXT_CALENDAR = new MediaType("text", "calendar", StandardCharsets.UTF_8);

    private CalendarFiles() {}

    public static ResponseEntity<String> download(String body, String name) {
        return ResponseEntity.ok()
                .contentType(TEXT_CALENDAR)
                .cacheControl(CacheControl.noStore())
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(name + ".ics")
                                .build()
                                .toString())
                .body(body);
    }
}
