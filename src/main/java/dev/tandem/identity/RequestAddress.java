package dev.tandem.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The client address of the current request (behind a proxy, as forwarded). */
final class RequestAddress {

    private RequestAddress() {}

    static @Nullable String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return of(attributes.getRequest());
        }
        return null;
    }

    static String of(HttpServletRequest request) {
        String address = request.getRemoteAddr();
        return address.length() > 64 ? address.substring(0, 64) : address;
    }
}
