package dev.tandem.identity;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.ForwardedHeaderFilter;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Host}, {@code -Proto}, {@code -Port}) count only when they
 * come from a configured proxy ({@code tandem.security.trusted-proxies}); from anyone else they are dropped, so a
 * client can neither pick the address the log-in limits count nor the host that redirects point to.
 */
class TrustedProxyFilter extends OncePerRequestFilter {

    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F.]*:[0-9a-fA-F:.]*");
    private static final String FORWARDED_FOR = "x-forwarded-for";

    private final List<IpAddressMatcher> proxies;
    private final ForwardedHeaderFilter apply = new ForwardedHeaderFilter();
    private final ForwardedHeaderFilter drop = new ForwardedHeaderFilter();

    TrustedProxyFilter(List<String> trustedProxies) {
        this.proxies = trustedProxies.stream()
                .map(String::strip)
                .filter(p -> !p.isEmpty())
                .map(IpAddressMatcher::new)
                .toList();
        drop.setRemoveOnly(true);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (trusted(request.getRemoteAddr())) {
            apply.doFilter(new ClientAddress(request, client(request)), response, chain);
        } else {
            drop.doFilter(request, response, chain);
        }
    }

    private boolean trusted(@Nullable String address) {
        return address != null
                && IP_LITERAL.matcher(address).matches()
                && proxies.stream().anyMatch(proxy -> proxy.matches(address));
    }

    /**
     * The client is the last hop a trusted proxy saw: read right to left, the first address that is not a trusted
     * proxy. Entries further left were written by the client itself.
     */
    private @Nullable String client(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : Collections.list(request.getHeaders(FORWARDED_FOR))) {
            for (String hop : header.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            if (!trusted(hops.get(i)) || i == 0) {
                return hops.get(i);
            }
        }
        return null;
    }

    /** Leaves Spring's forwarded-header handling one {@code X-Forwarded-For} value: the client found above. */
    private static final class ClientAddress extends HttpServletRequestWrapper {

        private final @Nullable String client;

        ClientAddress(HttpServletRequest request, @Nullable String client) {
            super(request);
            this.client = client;
        }

        @Override
        public @Nullable String getHeader(String name) {
            if (isForwardedFor(name)) {
                return client;
            }
            return "forwarded".equals(name.toLowerCase(Locale.ROOT)) ? null : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            if (isForwardedFor(name)) {
                return Collections.enumeration(client == null ? List.of() : List.of(client));
            }
            return "forwarded".equals(name.toLowerCase(Locale.ROOT))
                    ? Collections.emptyEnumeration()
                    : super.getHeaders(name);
        }

        private static boolean isForwardedFor(String name) {
            return FORWARDED_FOR.equals(name.toLowerCase(Locale.ROOT));
        }
    }
}
