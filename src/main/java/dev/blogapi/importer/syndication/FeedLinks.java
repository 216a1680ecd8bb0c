package dev.blogapi.importer.syndication;

import java.net.URI;
import java.net.URISyntaxException;
import org.jdom2.Element;

/**
 * Where a feed's relative links point: an element's {@code xml:base} (with its ancestors'), then
 * the entry's own link, then the feed's link, then the blog's base URL, each resolved against the
 * next, as XML Base and RFC 3986 describe.
 */
final class FeedLinks {

    private FeedLinks() {}

    /** The absolute base of the whole feed: its link against its xml:base, else the blog's. */
    static URI feedBase(String feedLink, Element root, String blogBase) {
        URI fallback = absoluteOrNull(blogBase, null);
        URI rootBase = xmlBaseOf(root, fallback);
        URI link = absoluteOrNull(feedLink, rootBase != null ? rootBase : fallback);
        return link != null ? link : rootBase != null ? rootBase : fallback;
    }

    /** The absolute {@code xml:base} in effect on {@code element}, or null when none is set. */
    static URI xmlBaseOf(Element element, URI against) {
        if (element == null) {
            return null;
        }
        try {
            URI base = element.getXMLBaseURI();
            if (base == null) {
                return null;
            }
            return base.isAbsolute() ? base : against == null ? null : against.resolve(base);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    /** {@code link} made absolute against {@code base}; null when it cannot be. */
    static URI absoluteOrNull(String link, URI base) {
        if (link == null || link.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(link.strip());
            if (uri.isAbsolute()) {
                return uri;
            }
            return base == null ? null : base.resolve(uri);
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
