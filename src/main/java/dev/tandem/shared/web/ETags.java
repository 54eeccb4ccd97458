package dev.tandem.shared.web;

import dev.tandem.shared.BasedOn;
import dev.tandem.shared.ChangedMeanwhile;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * A record's version as an HTTP entity tag ({@code "3"}), and {@code If-Match} read back as the version a write is
 * based on. If-Match is optional: without it a write is based on the version the server reads, and the update still
 * checks that version, so a concurrent change is refused (409), never overwritten unseen.
 */
public final class ETags {

    public static final String IF_MATCH_DESCRIPTION = "The ETag of the version this change is based on; if the "
            + "record has changed since, the answer is 412 and nothing is written. Optional: without it, the change "
            + "applies to the current version.";

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The body with the ETag of its version. */
    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
    }

    /**
     * The version an {@code If-Match} names: null when absent or {@code *}; a tag that is not one of ours names no
     * version (-1), so the write is refused with 412 as RFC 9110 asks.
     */
    public static @Nullable BasedOn ifMatch(@Nullable String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return null;
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.length() < 21 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return BasedOn.ifMatch(Long.parseLong(tag.substring(1, tag.length() - 1)));
            } catch (NumberFormatException e) {
                return BasedOn.ifMatch(-1);
            }
        }
        return BasedOn.ifMatch(-1);
    }

    /** Says in a problem how the record stands now: its version, who changed it last and when, what differs. */
    static void describe(ProblemDetail problem, ChangedMeanwhile meanwhile) {
        problem.setProperty("currentVersion", meanwhile.version());
        if (meanwhile.by() != null) {
            problem.setProperty("changedBy", meanwhile.by());
        }
        if (meanwhile.at() != null) {
            problem.setProperty("changedAt", meanwhile.at().toString());
        }
        problem.setProperty("changedFields", meanwhile.fields());
    }
}
