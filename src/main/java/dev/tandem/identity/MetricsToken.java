package dev.tandem.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * {@code /actuator/prometheus} opens to the operator's own bearer token ({@code tandem.management.metrics-token}),
 * never to a user's: metrics describe the whole server. Without a configured token it stays closed.
 */
final class MetricsToken implements AuthorizationManager<RequestAuthorizationContext> {

    static final String PATH = "/actuator/prometheus";
    private static final String BEARER = "Bearer ";

    private final byte @Nullable [] expected;

    MetricsToken(String token) {
        this.expected = token.isBlank() ? null : Secrets.hash(token.strip()).getBytes(StandardCharsets.US_ASCII);
    }

    @Override
    public AuthorizationResult authorize(
            Supplier<? extends @Nullable Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader(HttpHeaders.AUTHORIZATION);
        boolean bearer = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length());
        // Compared as hashes, in constant time: the answer's timing says nothing about the token.
        return new AuthorizationDecision(expected != null
                && bearer
                && MessageDigest.isEqual(
                        expected,
                        Secrets.hash(header.substring(BEARER.length()).strip()).getBytes(StandardCharsets.US_ASCII)));
    }
}
