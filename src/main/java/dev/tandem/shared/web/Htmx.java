package dev.tandem.shared.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Whether a page request came from htmx (it asks for a fragment, not a whole page). Declare it as a handler
 * parameter; {@link WebIdiom} resolves it from the {@code HX-Request} header, so no controller reads headers.
 */
public record Htmx(boolean isRequest) {

    static final String HEADER = "HX-Request";

    public static Htmx of(HttpServletRequest request) {
        return new Htmx("true".equals(request.getHeader(HEADER)));
    }

    /** {@code fragment} of {@code template} for htmx, otherwise {@code page} (a view name or a redirect). */
    public String either(String template, String fragment, String page) {
        return isRequest ? template + " :: " + fragment : page;
    }
}
