package dev.blogapi.post;

import dev.blogapi.author.AuthorRepository;
import dev.blogapi.category.CategoryRepository;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The archive and feed addresses of the engines this service imports from, read as what they are
 * here: WordPress ({@code /category/a/b/}, {@code /tag/x/}, {@code /author/x/}, {@code /feed/} and
 * each archive's {@code feed/}), Ghost ({@code /tag/x/}, {@code /author/x/}, {@code /rss/} and
 * theirs), Blogger ({@code /search/label/X}, {@code /feeds/posts/default}) and common feed files
 * ({@code /rss.xml}, {@code /atom.xml}, {@code /index.xml}).
 */
@ApplicationScoped
class ArchiveAddresses {

    private static final Pattern ARCHIVE =
            Pattern.compile(
                    "^/(category|tag|author|search/label)/(?<slugs>[^?#]+?)(?<feed>/(?:feed|rss)(?:/(?:rss2?|atom))?)?/?$");
    private static final Pattern SITE_FEED =
            Pattern.compile(
                    "^/(?:feed(?:/(?:rss2?|atom))?|rss|feeds/posts/default|rss\\.xml|atom\\.xml|index\\.xml|feed\\.xml)/?(?:\\?.*)?$");

    private final CategoryRepository categories;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final String base;

    ArchiveAddresses(
            CategoryRepository categories,
            TagRepository tags,
            AuthorRepository authors,
            BlogConfig config) {
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.base = config.baseUrl();
    }

    /** What an archive or feed address is here; empty when it is none this blog has. */
    Optional<ResolvedAddress> resolve(List<String> variants) {
        for (String path : variants) {
            if (SITE_FEED.matcher(path).matches()) {
                return Optional.of(
                        new ResolvedAddress(
                                "feed",
                                null,
                                null,
                                null,
                                base + "/api/v1/posts",
                                base + "/feed.rss"));
            }
            Matcher archive = ARCHIVE.matcher(SitePaths.decoded(path));
            if (archive.matches()) {
                Optional<ResolvedAddress> found =
                        labelled(
                                archive.group(1),
                                archive.group("slugs"),
                                archive.group("feed") != null);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<ResolvedAddress> labelled(String kind, String slugs, boolean feed) {
        // A nested category's address names its ancestors first; the last segment is its own.
        String slug = slugs.substring(slugs.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "category" ->
                    categories
                            .findBySlug(slug)
                            .map(c -> address("category", "categories", c.slug, c.name, feed));
            case "tag", "search/label" ->
                    tags.findBySlug(slug)
                            .or(() -> tags.findByName(slugs))
                            .map(t -> address("tag", "tags", t.slug, t.name, feed));
            default ->
                    authors.findBySlug(slug)
                            .map(a -> address("author", "authors", a.slug, a.name, feed));
        };
    }

    private ResolvedAddress address(
            String kind, String collection, String slug, String name, boolean feed) {
        String encoded = URLEncoder.encode(slug, StandardCharsets.UTF_8);
        String feedUrl = base + "/" + collection + "/" + encoded + "/feed.rss";
        return new ResolvedAddress(
                feed ? "feed" : kind,
                slug,
                name,
                base + "/api/v1/" + collection + "/" + encoded,
                base + "/api/v1/posts?" + kind + "=" + encoded,
                feedUrl);
    }
}
