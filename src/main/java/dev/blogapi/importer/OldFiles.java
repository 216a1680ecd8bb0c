package dev.blogapi.importer;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which references in a moved blog's bodies name its own files: those under one of its hosts (its
 * site addresses and this blog's BLOG_BASE_URL, with or without {@code www.}, either scheme), in an
 * image, video, audio or source element, or in a link whose path ends like a file ({@code .jpg},
 * {@code .pdf}…: a link to a page stays a link). This blog's own {@code /media/} files are not old.
 */
final class OldFiles {

    private static final Set<String> FILE_ENDINGS =
            Set.of(
                    "jpg", "jpeg", "jpe", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff",
                    "ico", "pdf", "mp3", "m4a", "ogg", "oga", "wav", "flac", "mp4", "m4v", "mov",
                    "webm", "ogv", "zip");

    /** Elements whose address is a file, whatever its path looks like. */
    private static final Set<String> FILE_ELEMENTS = Set.of("img", "video", "audio", "source");

    private final Set<String> hosts = new HashSet<>();
    private final List<String> hostSuffixes = new ArrayList<>();
    private final URI base;
    private final String ownHost;

    /**
     * @param addresses the source's own (see {@link ImportSource#fileAddresses()})
     * @param blogBaseUrl this blog's BLOG_BASE_URL: its host is old too (a blog that keeps its
     *     domain), except for the files this service serves
     */
    OldFiles(List<String> addresses, String blogBaseUrl) {
        URI firstSite = null;
        for (String address : addresses) {
            if (address.startsWith(".")) {
                hostSuffixes.add(address.toLowerCase(Locale.ROOT));
                continue;
            }
            Optional<URI> site = parsed(address);
            if (site.isPresent() && site.get().getHost() != null) {
                hosts.add(bare(site.get().getHost()));
                firstSite = firstSite == null ? site.get() : firstSite;
            }
        }
        URI blog = URI.create(blogBaseUrl + "/");
        this.ownHost = bare(blog.getHost());
        hosts.add(ownHost);
        this.base = firstSite != null ? firstSite : blog;
    }

    /** The absolute address of the old file {@code value} names, if it names one. */
    Optional<URI> fileAt(String element, String value) {
        Optional<URI> parsed = parsed(value.strip());
        if (parsed.isEmpty()) {
            return Optional.empty();
        }
        URI address = base.resolve(parsed.get());
        String scheme = address.getScheme() == null ? "" : address.getScheme();
        String path = address.getPath() == null ? "" : address.getPath();
        if (!scheme.equalsIgnoreCase("http") && !scheme.equalsIgnoreCase("https")
                || address.getHost() == null
                || !isOld(bare(address.getHost()))
                || bare(address.getHost()).equals(ownHost) && path.startsWith("/media/")
                || !FILE_ELEMENTS.contains(element) && !looksLikeFile(path)) {
            return Optional.empty();
        }
        return Optional.of(withoutFragment(address));
    }

    private boolean isOld(String host) {
        return hosts.contains(host)
                || hostSuffixes.stream()
                        .anyMatch(
                                dotted ->
                                        host.endsWith(dotted) || host.equals(dotted.substring(1)));
    }

    private static boolean looksLikeFile(String path) {
        int dot = path.lastIndexOf('.');
        return dot > path.lastIndexOf('/')
                && FILE_ENDINGS.contains(path.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    private static String bare(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("www.") ? lower.substring(4) : lower;
    }

    private static Optional<URI> parsed(String value) {
        if (value.isEmpty() || value.startsWith("#") || value.startsWith("data:")) {
            return Optional.empty();
        }
        try {
            return Optional.of(new URI(value));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    private static URI withoutFragment(URI address) {
        String written = address.toString();
        int hash = written.indexOf('#');
        return hash < 0 ? address : URI.create(written.substring(0, hash));
    }
}
