package dev.blogapi.sitemap;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.common.http.PublicResponseCache;
import dev.blogapi.post.Filing;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostRepository;
import dev.blogapi.post.PublicAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sitemaps list, in files of at most BLOG_SITEMAP_perFile addresses each: public posts
 * oldest first ({@code posts-N}), the site's home and its public pages ({@code pages-N}), and the
 * archives of categories, tags and authors with public posts at the addresses
 * BLOG_*_PERMALINK_PATTERN give them ({@code categories-N}, {@code tags-N}, {@code authors-N}).
 * Nothing unpublished, scheduled or previewed is ever in one.
 */
@ApplicationScoped
class SitemapService {

    private static final Pattern NAME = Pattern.compile("([a-z]+)-([1-9][0-9]{0,5})");

    /** A rendered sitemap and when the content it lists last changed. */
    record Rendered(byte[] body, Instant lastModified) {}

    /** The kinds of child sitemap, by the name their files start with. */
    private enum Listing {
        POSTS("posts", null),
        PAGES("pages", null),
        CATEGORIES("categories", Filing.CATEGORY),
        TAGS("tags", Filing.TAG),
        AUTHORS("authors", Filing.AUTHOR);

        final String file;
        final Filing filing;

        Listing(String file, Filing filing) {
            this.file = file;
            this.filing = filing;
        }
    }

    private final PublicAddresses addresses;
    private final PostRepository posts;
    private final PublicResponseCache remembered;
    private final BlogConfig config;
    private final Clock clock;
    private final int perFile;

    SitemapService(
            PublicAddresses addresses,
            PostRepository posts,
            PublicResponseCache remembered,
            BlogConfig config,
            Clock clock) {
        this.addresses = addresses;
        this.posts = posts;
        this.remembered = remembered;
        this.config = config;
        this.clock = clock;
        this.perFile = config.sitemapUrlsPerFile();
    }

    /** The index: every child sitemap that has something to list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Rendered index() {
        Instant now = clock.instant();
        Instant changed = posts.lastContentChange();
        List<SitemapWriter.Entry> children = new ArrayList<>();
        for (Listing listing : Listing.values()) {
            long files = (size(listing, now) + perFile - 1) / perFile;
            for (long n = 1; n <= files; n++) {
                children.add(
                        new SitemapWriter.Entry(
                                config.baseUrl() + "/sitemaps/" + listing.file + "-" + n + ".xml",
                                changed));
            }
        }
        return new Rendered(SitemapWriter.index(children), changed);
    }

    /**
     * The child sitemap {@code name}: {@code posts-N}, {@code pages-N}, {@code categories-N},
     * {@code tags-N} or {@code authors-N}; anything else, or a file past the last, is a 404.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Rendered child(String name) {
        Matcher parts = NAME.matcher(name);
        Listing listing = parts.matches() ? listingNamed(parts.group(1)) : null;
        if (listing == null) {
            throw notFound(name);
        }
        long offset = (Long.parseLong(parts.group(2)) - 1) * perFile;
        Instant now = clock.instant();
        Instant changed = posts.lastContentChange();
        List<SitemapWriter.Entry> urls =
                switch (listing) {
                    case POSTS -> items(Post.Kind.post, name, now, offset, perFile);
                    case PAGES -> pages(name, now, offset, changed);
                    default -> labels(listing, now, offset);
                };
        if (urls.isEmpty()) {
            throw notFound(name);
        }
        return new Rendered(SitemapWriter.urlset(urls), changed);
    }

    private long size(Listing listing, Instant now) {
        return switch (listing) {
            case POSTS -> addresses.count(Post.Kind.post, now);
            case PAGES -> 1 + addresses.count(Post.Kind.page, now);
            default -> addresses.labelCount(listing.filing, now);
        };
    }

    /**
     * The home page comes first, then the pages: file N holds places N-1 files in. The home page
     * changed when any content last did.
     */
    private List<SitemapWriter.Entry> pages(
            String name, Instant now, long offset, Instant changed) {
        List<SitemapWriter.Entry> urls = new ArrayList<>();
        if (offset == 0) {
            urls.add(new SitemapWriter.Entry(config.baseUrl() + "/", changed));
            urls.addAll(items(Post.Kind.page, name, now, 0, perFile - 1));
        } else {
            urls.addAll(items(Post.Kind.page, name, now, offset - 1, perFile));
        }
        return urls;
    }

    /**
     * Public posts or pages from the {@code offset}-th on. Where the file starts is remembered
     * until public content changes, so only the first request after a change skips to it.
     */
    private List<SitemapWriter.Entry> items(
            Post.Kind kind, String name, Instant now, long offset, int limit) {
        long generation = remembered.generationNow();
        String key = "sitemap " + name + " starts at";
        PostRepository.ListPosition start =
                remembered.recall(key, PostRepository.ListPosition.class).orElse(null);
        if (start == null) {
            start = addresses.start(kind, now, offset).orElse(null);
            if (start == null) {
                return List.of();
            }
            remembered.remember(key, generation, start);
        }
        return addresses.from(kind, now, start, limit).stream()
                .map(address -> new SitemapWriter.Entry(address.url(), address.lastModified()))
                .toList();
    }

    private List<SitemapWriter.Entry> labels(Listing listing, Instant now, long offset) {
        String pattern =
                switch (listing.filing) {
                    case CATEGORY -> config.categoryPermalinkPattern();
                    case TAG -> config.tagPermalinkPattern();
                    case AUTHOR -> config.authorPermalinkPattern();
                };
        return addresses.labels(listing.filing, now, offset, perFile).stream()
                .map(
                        label ->
                                new SitemapWriter.Entry(
                                        config.baseUrl()
                                                + pattern.replace("{slug}", escaped(label.slug())),
                                        label.lastModified()))
                .toList();
    }

    private static Listing listingNamed(String file) {
        for (Listing listing : Listing.values()) {
            if (listing.file.equals(file)) {
                return listing;
            }
        }
        return null;
    }

    /** A slug in another script, percent-escaped as a URL's path is. */
    private static String escaped(String slug) {
        return java.net.URLEncoder.encode(slug, java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
    }

    private static NotFoundException notFound(String name) {
        return new NotFoundException("No sitemap named '" + name + ".xml'");
    }
}
