package dev.tandem.identity;

import dev.tandem.shared.web.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates API requests by {@code Authorization: Bearer <token>}; a bad token is a 401 at once.
 * Not a bean, so that it runs only in the API's security chain.
 */
class BearerTokenFilter extends OncePerRequestFilter {

    private static final String BEARER = "Bearer ";

    private final ApiTokenService tokens;
    private final Problems problems;

    BearerTokenFilter(ApiTokenService tokens, Problems problems) {
        this.tokens = tokens;
        this.problems = problems;
    }

    /** Metrics take the operator's token ({@link MetricsToken}), not a user's. */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return MetricsToken.PATH.equals(request.getRequestURI());
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            chain.doFilter(request, response);
            return;
        }
        var authenticated =
                tokens.authenticate(header.substring(BEARER.length()).strip(), WorkspaceAccess.workspaceOf(request));
        if (authenticated.isEmpty()) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
            problems.write(request, response, problems.of(HttpStatus.UNAUTHORIZED, "problem.tokenInvalid"));
            return;
        }
        WorkspaceAccess.remember(request, authenticated.get());
        request.setAttribute(SignOuts.TOKEN_ATTRIBUTE, authenticated.get().tokenId());
        var principal = new TandemUser(authenticated.get().user());
        principal.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            chain.doFilter(request, response);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }
}
