package dev.tandem.shared.web;

import dev.tandem.shared.ChangedMeanwhile;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** A record's version as an HTTP entity tag ({@code "3"}); {@link IfMatch} reads it back. */
public final class ETags {

    private ETags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /** The body with the ETag of its version. */
    public static <T> ResponseEntity<T> ok(T body, long version) {
        return ResponseEntity.ok().eTag(of(version)).body(body);
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
