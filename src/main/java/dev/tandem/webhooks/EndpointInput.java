package dev.tandem.webhooks;

import dev.tandem.shared.InvalidInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** What an admin says of an endpoint: where, which events, whether it is on. */
public record EndpointInput(String url, @Nullable String description, List<EventType> eventTypes, boolean active) {

    public static final int MAX_URL = 2000;
    public static final int MAX_DESCRIPTION = 200;

    public EndpointInput {
        url = url.strip();
        description = description == null || description.isBlank() ? null : description.strip();
        eventTypes = eventTypes.stream().distinct().sorted().toList();
    }

    /** The address as a URI: absolute http(s) with a host, no user info; refused otherwise. */
    URI uri() {
        if (url.isEmpty()) {
            throw new InvalidInput("webhooks.url.required").on("url");
        }
        if (url.length() > MAX_URL) {
            throw new InvalidInput("webhooks.url.tooLong", MAX_URL).on("url");
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("http") && !scheme.equals("https")) {
                throw new InvalidInput("webhooks.url.scheme").on("url");
            }
            if (uri.getHost() == null || uri.getHost().isBlank() || uri.getRawUserInfo() != null) {
                throw new InvalidInput("webhooks.url.invalid").on("url");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidInput("webhooks.url.invalid").on("url");
        }
    }

    void check() {
        uri();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw new InvalidInput("webhooks.description.tooLong", MAX_DESCRIPTION).on("description");
        }
        if (eventTypes.isEmpty()) {
            throw new InvalidInput("webhooks.events.required").on("eventTypes");
        }
        if (eventTypes.stream().anyMatch(t -> !t.subscribable())) {
            throw new InvalidInput("webhooks.events.unknown").on("eventTypes");
        }
    }
}
