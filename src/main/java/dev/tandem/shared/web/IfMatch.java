package dev.tandem.shared.web;

import dev.tandem.shared.BasedOn;
import org.jspecify.annotations.Nullable;

/**
 * The {@code If-Match} of an API write: the version the change is based on, or none. Declare it as a handler
 * parameter; {@link WebIdiom} resolves it from the header and {@link VersionApiDescription} describes the header, so no
 * controller reads or documents it by hand. Without it a write is based on the version the server reads, and the
 * update still checks that version, so a concurrent change is refused (409), never overwritten unseen.
 */
public record IfMatch(@Nullable BasedOn basedOn) {

    /**
     * The version a header names: none when absent or {@code *}; a tag that is not one of ours names no version
     * (-1), so the write is refused with 412 as RFC 9110 asks.
     */
    public static IfMatch of(@Nullable String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return new IfMatch(null);
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        if (tag.length() > 2 && tag.length() < 21 && tag.startsWith("\"") && tag.endsWith("\"")) {
            try {
                return new IfMatch(BasedOn.ifMatch(Long.parseLong(tag.substring(1, tag.length() - 1))));
            } catch (NumberFormatException e) {
                return new IfMatch(BasedOn.ifMatch(-1));
            }
        }
        return new IfMatch(BasedOn.ifMatch(-1));
    }

    /**
     * The version If-Match names, or else {@code read}, the version the server read before applying the change: a
     * change made meanwhile is then refused (409), never lost.
     */
    public BasedOn orRead(long read) {
        return basedOn != null ? basedOn : BasedOn.read(read);
    }
}
