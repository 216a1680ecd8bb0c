package dev.blogapi.post;

import dev.blogapi.common.config.BaseUrl;
import dev.blogapi.common.config.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Builds and reads post and page paths from their permalink patterns ({@code {yyyy}}, {@code {MM}},
 * {@code {dd}}, {@code {slug}}; dates in UTC).
 */
@ApplicationScoped
public class Permalinks {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(yyyy|MM|dd|slug)}");

    private final PathPattern posts;
    private final PathPattern pages;
    private final String baseUrl;

    @Inject
    public Permalinks(BlogConfig config) {
        this(config.permalinkPattern(), config.pagePermalinkPattern(), config.baseUrl());
    }

    Permalinks(String pattern, String baseUrl) {
        this(pattern, "/{slug}", baseUrl);
    }

    Permalinks(String pattern, String pagePattern, String baseUrl) {
        this.posts = new PathPattern(pattern, "BLOG_PERMALINK_PATTERN");
        this.pages = new PathPattern(pagePattern, "BLOG_PAGE_PERMALINK_PATTERN");
        this.baseUrl = BaseUrl.normalise(baseUrl);
    }

    /**
     * The post's or page's path: its kept legacy path, else the pattern's; null while a draft (a
     * dated draft has no address yet either).
     */
    public String pathOf(Post post) {
        if (post.publishedAt == null || post.status == Post.Status.draft) {
            return null;
        }
        return post.legacyPath != null
                ? SitePaths.encoded(post.legacyPath)
                : pathOf(post.kind, post.slug, post.publishedAt);
    }

    /** The post pattern's path for a slug and publication date; null without a date. */
    public String pathOf(String slug, Instant publishedAt) {
        return pathOf(Post.Kind.post, slug, publishedAt);
    }

    /**
     * The pattern's path of a post or page; null without a date. A slug in another script is
     * percent-escaped, as browsers send it: a path is a URL's, and it goes into headers
     * (Content-Location) and feeds.
     */
    public String pathOf(Post.Kind kind, String slug, Instant publishedAt) {
        return publishedAt == null
                ? null
                : SitePaths.encoded(patternOf(kind).pathOf(slug, publishedAt));
    }

    public String urlOf(String path) {
        return path == null ? null : baseUrl + path;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /**
     * The slug in a path that fits the post pattern; the caller checks the date parts by rebuilding
     * the path.
     */
    public Optional<String> slugIn(String path) {
        return slugIn(Post.Kind.post, path);
    }

    /** The slug in a path that fits the pattern of posts or of pages. */
    public Optional<String> slugIn(Post.Kind kind, String path) {
        return patternOf(kind).slugIn(path);
    }

    private PathPattern patternOf(Post.Kind kind) {
        return kind == Post.Kind.page ? pages : posts;
    }

    /** One configured pattern, and the expression that reads paths written with it. */
    private static final class PathPattern {
        private final String pattern;
        private final Pattern reader;

        PathPattern(String pattern, String setting) {
            if (!pattern.startsWith("/") || !pattern.contains("{slug}")) {
                throw new IllegalArgumentException(
                        setting + " must start with / and contain {slug}: " + pattern);
            }
            this.pattern = pattern;
            this.reader = Pattern.compile(toRegex(pattern));
        }

        String pathOf(String slug, Instant publishedAt) {
            ZonedDateTime at = publishedAt.atZone(ZoneOffset.UTC);
            return pattern.replace("{yyyy}", padded(at.getYear(), 4))
                    .replace("{MM}", padded(at.getMonthValue(), 2))
                    .replace("{dd}", padded(at.getDayOfMonth(), 2))
                    .replace("{slug}", slug);
        }

        // Not String.format: a sitemap file builds a path for each of thousands of posts.
        private static String padded(int value, int width) {
            String digits = Integer.toString(value);
            return digits.length() >= width ? digits : "0".repeat(width - digits.length()) + digits;
        }

        Optional<String> slugIn(String path) {
            Matcher matcher = reader.matcher(path);
            return matcher.matches() ? Optional.of(matcher.group("slug")) : Optional.empty();
        }
    }

    private static String toRegex(String pattern) {
        StringBuilder regex = new StringBuilder();
        Matcher placeholder = PLACEHOLDER.matcher(pattern);
        int last = 0;
        while (placeholder.find()) {
            regex.append(Pattern.quote(pattern.substring(last, placeholder.start())));
            regex.append(
                    switch (placeholder.group(1)) {
                        case "yyyy" -> "\\d{4}";
                        case "MM", "dd" -> "\\d{2}";
                        default -> "(?<slug>[a-z0-9]+(?:-[a-z0-9]+)*)";
                    });
            last = placeholder.end();
        }
        regex.append(Pattern.quote(pattern.substring(last)));
        return regex + "/?";
    }
}
