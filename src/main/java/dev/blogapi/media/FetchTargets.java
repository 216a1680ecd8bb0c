package dev.blogapi.media;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which hosts an import may download from: anything on the public internet; never this machine, its
 * private networks, link-local addresses (cloud metadata at 169.254.169.254) or unique-local IPv6,
 * unless the host or address is listed in BLOG_IMPORT_FETCH_ALLOW. Judged on every address the name
 * resolves to, at every hop of a redirect.
 */
final class FetchTargets {

    private final Set<String> allowed;

    FetchTargets(List<String> allowed) {
        this.allowed =
                allowed.stream()
                        .map(host -> host.strip().toLowerCase(Locale.ROOT))
                        .filter(host -> !host.isEmpty())
                        .collect(Collectors.toUnmodifiableSet());
    }

    /** Why {@code host} may not be fetched from, or null when it may. */
    String refusal(String host, List<InetAddress> addresses) {
        String name = host.toLowerCase(Locale.ROOT);
        if (allowed.contains(name)) {
            return null;
        }
        for (InetAddress address : addresses) {
            if (isInternal(address) && !allowed.contains(address.getHostAddress())) {
                return host
                        + " is "
                        + address.getHostAddress()
                        + ", an internal address (list it in BLOG_IMPORT_FETCH_ALLOW to allow it)";
            }
        }
        return addresses.isEmpty() ? host + " has no address" : null;
    }

    static boolean isInternal(InetAddress address) {
        return address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()
                || (address instanceof Inet6Address && (address.getAddress()[0] & 0xfe) == 0xfc);
    }
}
