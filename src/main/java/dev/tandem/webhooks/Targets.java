package dev.tandem.webhooks;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Where webhooks may go (SSRF): only to public addresses, unless the installation allows private targets. Every
 * address a host resolves to must be public: not loopback, link-local, private (RFC 1918, unique-local IPv6),
 * shared (100.64/10), unspecified, multicast or reserved. Checked when an endpoint is saved and again before each
 * try, as the name may resolve elsewhere by then.
 */
@Component
class Targets {

    /** Resolves a host name; a seam for tests. */
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    private final boolean allowPrivate;
    private final Resolver resolver;

    @Autowired
    Targets(WebhookProperties properties) {
        this(properties.allowPrivateTargets(), host -> List.of(InetAddress.getAllByName(host)));
    }

    Targets(boolean allowPrivate, Resolver resolver) {
        this.allowPrivate = allowPrivate;
        this.resolver = resolver;
    }

    /** Why the address may not be called (a message key of the webhooks bundle), or null when it may. */
    @Nullable
    String refusal(URI uri) {
        String host = uri.getHost();
        if (host == null) {
            return "webhooks.url.invalid";
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return "webhooks.url.unresolvable";
        }
        if (addresses.isEmpty()) {
            return "webhooks.url.unresolvable";
        }
        if (!allowPrivate && addresses.stream().anyMatch(Targets::nonPublic)) {
            return "webhooks.url.private";
        }
        return null;
    }

    static boolean nonPublic(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isAnyLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) {
                return true; // fc00::/7 unique local
            }
            if (isMappedOrCompatibleV4(b)) {
                try {
                    return nonPublic(InetAddress.getByAddress(Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
            return false;
        }
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // this network
                    || (first == 100 && second >= 64 && second < 128) // shared address space
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || (first == 198 && (second == 18 || second == 19)) // benchmarking
                    || first >= 240; // reserved, broadcast
        }
        return true;
    }

    private static boolean isMappedOrCompatibleV4(byte[] b) {
        for (int i = 0; i < 10; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return (b[10] == (byte) 0xff && b[11] == (byte) 0xff) || (b[10] == 0 && b[11] == 0);
    }
}
