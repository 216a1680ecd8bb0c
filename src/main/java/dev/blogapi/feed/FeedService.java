package dev.blogapi.feed;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.author.AuthorRepository;
import dev.blogapi.category.CategoryRepository;
import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.content.ContentRenderer;
import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.common.metrics.BlogMetrics;
import dev.blogapi.post.Permalinks;
import dev.blogapi.post.Post;
import dev.blogapi.post.PostFilter;
import dev.blogapi.post.PostRepository;
import dev.blogapi.tag.TagRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Builds feeds from the database on demand: the posts public at the moment of the request, in a
 * fixed number of queries whatever the feed's size.
 */
@ApplicationScoped
class FeedService {

    private final PostRepository posts;
    private final CategoryRepository categories;
    private final TagRepository tags;
    private final AuthorRepository authors;
    private final Permalinks permalinks;
    private final BlogConfig config;
    private final ObjectMapper json;
    private final BlogMetrics metrics;
    private final Clock clock;

    private final ContentRenderer renderer;

    FeedService(
            PostRepository posts,
            CategoryRepository categories,
            TagRepository tags,
            AuthorRepository authors,
            Permalinks permalinks,
            BlogConfig config,
            ObjectMapper json,
            BlogMetrics metrics,
            Clock clock,
            ContentRenderer renderer) {
        this.renderer = renderer;
        this.clock = clock;
        this.metrics = metrics;
        this.posts = posts;
        this.categories = categories;
        this.tags = tags;
        this.authors = authors;
        this.permalinks = permalinks;
        this.config = config;
        this.json = json;
    }

    /** A rendered feed and when its content last changed (whole seconds, as HTTP dates carry). */
    public record RenderedFeed(String body, Instant lastModified, String mediaType) {}

    @Transactional(Transactional.TxType.SUPPORTS)
    public RenderedFeed render(FeedScope scope, FeedFormat format) {
        FeedData data = load(scope, clock.instant());
        String body =
                switch (format) {
                    case RSS -> RssWriter.write(data);
                    case ATOM -> AtomWriter.write(data);
                    case JSON -> JsonFeedWriter.write(data, json);
                };
        metrics.feedRendered(format);
        return new RenderedFeed(body, data.updated(), format.mediaType());
    }

    /**
     * The blog's identity and absolute site-wide feed URLs, for front ends' auto-discovery links.
     */
    public SiteResponse site() {
        Map<FeedFormat, String> urls = feedUrls(FeedScope.SITE);
        return new SiteResponse(
                config.title(),
                config.description(),
                config.language(),
                permalinks.baseUrl(),
                new SiteResponse.Feeds(
                        urls.get(FeedFormat.RSS),
                        urls.get(FeedFormat.ATOM),
                        urls.get(FeedFormat.JSON)));
    }

    FeedData load(FeedScope scope, Instant now) {
        String title = titleOf(scope);
        PostFilter filter =
                PostFilter.posts(
                        PostFilter.Visibility.PUBLISHED,
                        scope.kind() == FeedScope.Kind.CATEGORY ? scope.slug() : null,
                        scope.kind() == FeedScope.Kind.TAG ? scope.slug() : null,
                        scope.kind() == FeedScope.Kind.AUTHOR ? scope.slug() : null,
                        null,
                        null,
                        null);
        if (scope.kind() == FeedScope.Kind.CATEGORY) {
            // A category's feed carries its sub-categories' posts, as WordPress's does.
            filter = filter.withChildren();
        }
        List<Post> newest = posts.loadInOrder(posts.newestIds(filter, now, config.feedSize()));
        Instant updated = posts.lastContentChange();
        if (!newest.isEmpty() && newest.get(0).publishedAt.isAfter(updated)) {
            updated = newest.get(0).publishedAt;
        }
        List<FeedData.Item> items = newest.stream().map(this::item).toList();
        return new FeedData(
                FeedText.xmlSafe(title),
                FeedText.xmlSafe(config.description()),
                config.language(),
                permalinks.baseUrl() + "/",
                config.feedTtl(),
                updated.truncatedTo(ChronoUnit.SECONDS),
                feedUrls(scope),
                items);
    }

    private String titleOf(FeedScope scope) {
        return switch (scope.kind()) {
            case SITE -> config.title();
            case CATEGORY ->
                    config.title()
                            + " — "
                            + categories
                                    .findBySlug(scope.slug())
                                    .orElseThrow(
                                            () ->
                                                    new NotFoundException(
                                                            "No category with slug '"
                                                                    + scope.slug()
                                                                    + "'"))
                                    .name;
            case TAG ->
                    config.title()
                            + " — "
                            + tags.findBySlug(scope.slug())
                                    .orElseThrow(
                                            () ->
                                                    new NotFoundException(
                                                            "No tag with slug '"
                                                                    + scope.slug()
                                                                    + "'"))
                                    .name;
            case AUTHOR ->
                    config.title()
                            + " — "
                            + authors.findBySlug(scope.slug())
                                    .orElseThrow(
                                            () ->
                                                    new NotFoundException(
                                                            "No author with slug '"
                                                                    + scope.slug()
                                                                    + "'"))
                                    .name;
        };
    }

    /** A site-relative address made absolute against BLOG_BASE_URL, as feed readers need. */
    private String absolute(String url) {
        return url.startsWith("/") && !url.startsWith("//") ? permalinks.baseUrl() + url : url;
    }

    /** Feeds are public: a gated post gives its free part only, as to any anonymous reader. */
    private FeedData.Item item(Post post) {
        String url = permalinks.urlOf(permalinks.pathOf(post));
        String html =
                FeedText.xmlSafe(
                        renderer.withAbsoluteLinks(post.publicContentHtml(), permalinks.baseUrl()));
        return new FeedData.Item(
                FeedText.xmlSafe(post.title),
                url,
                FeedText.xmlSafe(post.guid),
                post.publishedAt,
                post.updatedAt,
                (post.authors.isEmpty() ? List.of(post.author) : post.authors)
                        .stream().map(author -> FeedText.xmlSafe(author.name)).toList(),
                post.categories.stream()
                        .map(c -> new FeedData.Category(c.slug, FeedText.xmlSafe(c.name)))
                        .toList(),
                post.tags.stream()
                        .map(t -> new FeedData.Category(t.slug, FeedText.xmlSafe(t.name)))
                        .toList(),
                html,
                FeedText.xmlSafe(post.publicExcerpt()),
                post.featuredImageUrl == null
                        ? null
                        : FeedText.xmlSafe(absolute(post.featuredImageUrl)));
    }

    private Map<FeedFormat, String> feedUrls(FeedScope scope) {
        Map<FeedFormat, String> urls = new EnumMap<>(FeedFormat.class);
        for (FeedFormat format : FeedFormat.values()) {
            urls.put(format, permalinks.baseUrl() + scope.path() + "." + format.extension());
        }
        return urls;
    }
}
