package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Whether a page request came from htmx (it asks for a fragment, not a whole page), and which element it swaps.
 * Declare it as a handler parameter; {@link WebIdiom} resolves it from the {@code HX-Request} and {@code HX-Target}
 * headers, so no controller reads headers. htmx restoring a page from history (the back button, once its cache is
 * gone) asks for the whole page, so that request counts as a normal one.
 */
public record Htmx(boolean isRequest, @Nullable String target) {

    static final String HEADER = "HX-Request";
    static final String TARGET = "HX-Target";
    static final String HISTORY_RESTORE = "HX-History-Restore-Request";

    public Htmx(boolean isRequest) {
        this(isRequest, null);
    }

    public static Htmx of(HttpServletRequest request) {
        boolean htmx = "true".equals(request.getHeader(HEADER)) && !"true".equals(request.getHeader(HISTORY_RESTORE));
        return new Htmx(htmx, htmx ? request.getHeader(TARGET) : null);
    }

    /** Whether htmx asks for the element with this id (its {@code hx-target}), not some other part of the page. */
    public boolean swaps(String id) {
        return isRequest && id.equals(target);
    }

    /** {@code fragment} of {@code template} for htmx, otherwise {@code page} (a view name or a redirect). */
    public String either(String template, String fragment, String page) {
        return isRequest ? template + " :: " + fragment : page;
    }
}
