package dev.blogapi.sitemap;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostRepository;
import dev.blogapi.post.PublicAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What the sitemaps list: public posts in files of at most 50,000 addresses ({@code posts-N}), the
 * site's home and its public pages, and the archives of categories, tags and authors with public
 * posts at the addresses BLOG_*_PERMALINK_PATTERN give them. Nothing unpublished, scheduled or
 * previewed is ever in one.
 */
@ApplicationScoped
class SitemapService {

    /** The protocol's limit of addresses per sitemap. */
    static final int MAX_URLS = 50_000;

    /** A rendered sitemap and when the content it lists last changed. */
    record Rendered(byte[] body, Instant lastModified) {}

    private final PublicAddresses addresses;
    private final PostRepository posts;
    private final BlogConfig config;
    private final Clock clock;

    SitemapService(
            PublicAddresses addresses, PostRepository posts, BlogConfig config, Clock clock) {
        this.addresses = addresses;
        this.posts = posts;
        this.config = config;
        this.clock = clock;
    }

    /** The index: every child sitemap that has something to list. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Rendered index() {
        Instant now = clock.instant();
        Instant changed = posts.lastContentChange();
        List<SitemapWriter.Entry> children = new ArrayList<>();
        long postCount = addresses.count(Post.Kind.post, now);
        for (int n = 1; (long) (n - 1) * MAX_URLS < postCount; n++) {
            children.add(child("posts-" + n, changed));
        }
        children.add(child("pages", changed));
        for (PublicAddresses.LabelKind kind : PublicAddresses.LabelKind.values()) {
            if (!addresses.labels(kind, now, 1).isEmpty()) {
                children.add(child(fileOf(kind), changed));
            }
        }
        return new Rendered(SitemapWriter.index(children), changed);
    }

    /**
     * The child sitemap {@code name}: {@code posts-N}, {@code pages}, {@code categories}, {@code
     * tags} or {@code authors}; anything else, or a posts file past the last, is a 404.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    Rendered child(String name) {
        Instant now = clock.instant();
        Instant changed = posts.lastContentChange();
        List<SitemapWriter.Entry> urls;
        if (name.matches("posts-[1-9][0-9]{0,5}")) {
            int n = Integer.parseInt(name.substring("posts-".length()));
            urls = entries(addresses.page(Post.Kind.post, now, (n - 1) * MAX_URLS, MAX_URLS));
            if (urls.isEmpty()) {
                throw notFound(name);
            }
        } else if (name.equals("pages")) {
            urls = new ArrayList<>();
            urls.add(new SitemapWriter.Entry(config.baseUrl() + "/", changed));
            urls.addAll(entries(addresses.page(Post.Kind.page, now, 0, MAX_URLS - 1)));
        } else {
            urls = labels(kindOf(name), now);
        }
        return new Rendered(SitemapWriter.urlset(urls), changed);
    }

    private List<SitemapWriter.Entry> labels(PublicAddresses.LabelKind kind, Instant now) {
        String pattern =
                switch (kind) {
                    case CATEGORY -> config.categoryPermalinkPattern();
                    case TAG -> config.tagPermalinkPattern();
                    case AUTHOR -> config.authorPermalinkPattern();
                };
        List<SitemapWriter.Entry> urls =
                addresses.labels(kind, now, MAX_URLS).stream()
                        .map(
                                label ->
                                        new SitemapWriter.Entry(
                                                config.baseUrl()
                                                        + pattern.replace(
                                                                "{slug}", escaped(label.slug())),
                                                label.lastModified()))
                        .toList();
        if (urls.isEmpty()) {
            throw notFound(fileOf(kind));
        }
        return urls;
    }

    private static PublicAddresses.LabelKind kindOf(String name) {
        for (PublicAddresses.LabelKind kind : PublicAddresses.LabelKind.values()) {
            if (fileOf(kind).equals(name)) {
                return kind;
            }
        }
        throw notFound(name);
    }

    private static String fileOf(PublicAddresses.LabelKind kind) {
        return switch (kind) {
            case CATEGORY -> "categories";
            case TAG -> "tags";
            case AUTHOR -> "authors";
        };
    }

    private SitemapWriter.Entry child(String name, Instant changed) {
        return new SitemapWriter.Entry(config.baseUrl() + "/sitemaps/" + name + ".xml", changed);
    }

    private static List<SitemapWriter.Entry> entries(List<PublicAddresses.Address> found) {
        return found.stream()
                .map(address -> new SitemapWriter.Entry(address.url(), address.lastModified()))
                .toList();
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
