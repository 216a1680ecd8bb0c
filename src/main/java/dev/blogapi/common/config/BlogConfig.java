package dev.blogapi.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The service's own settings; each key is also an environment variable (blog.base-url =
 * BLOG_BASE_URL).
 */
@ConfigMapping(prefix = "blog")
public interface BlogConfig {

    @WithDefault("Blog")
    String title();

    @WithDefault("A blog")
    String description();

    @WithDefault("en-us")
    String language();

    /** Absolute base URL every link is built on, without a trailing slash. */
    @WithDefault("http://localhost:8080")
    @WithConverter(BaseUrl.class)
    String baseUrl();

    @WithDefault("/articles/{yyyy}/{MM}/{dd}/{slug}")
    String permalinkPattern();

    /** Where pages live (BLOG_PAGE_PERMALINK_PATTERN), with the same placeholders. */
    @WithDefault("/{slug}")
    String pagePermalinkPattern();

    @WithDefault("20")
    int feedSize();

    /**
     * Where a front end shows a category's archive (BLOG_CATEGORY_PERMALINK_PATTERN), for the
     * sitemap.
     */
    @WithDefault("/category/{slug}")
    String categoryPermalinkPattern();

    /** Where a front end shows a tag's archive (BLOG_TAG_PERMALINK_PATTERN), for the sitemap. */
    @WithDefault("/tag/{slug}")
    String tagPermalinkPattern();

    /**
     * Where a front end shows an author's archive (BLOG_AUTHOR_PERMALINK_PATTERN), for the sitemap.
     */
    @WithDefault("/author/{slug}")
    String authorPermalinkPattern();

    /** Minutes a feed reader may cache a feed. */
    @WithDefault("40")
    int feedTtl();

    /** The admin token accepted from the start; when unset one is minted once and printed. */
    Optional<String> adminToken();

    /**
     * Failed token checks one client address may make in a minute; past that, its requests with a
     * token are answered 429 until the minute is over.
     */
    @WithDefault("20")
    int authMaxFailuresPerMinute();

    /** Longest request target (path and query) accepted, in bytes; longer ones get 414. */
    @WithDefault("8192")
    int maxUriBytes();

    /** Largest total size of request headers accepted, in bytes; larger ones get 431. */
    @WithDefault("32768")
    int maxHeaderBytes();

    /** An idle connection, or a request left half-sent, is closed after this long. */
    @WithDefault("30S")
    Duration httpIdleTimeout();

    /** How long a request may wait on the database before it is answered 503. */
    Db db();

    /** Read by application.properties into the datasource settings. */
    interface Db {
        /** Waiting for a pooled connection. */
        @WithDefault("3S")
        Duration acquisitionTimeout();

        /** Opening a connection and logging in. */
        @WithDefault("3")
        int connectTimeoutSeconds();

        /** Waiting for any answer on an open connection (a frozen server). */
        @WithDefault("10")
        int socketTimeoutSeconds();

        /** One statement, cancelled by the server past this. */
        @WithDefault("8000")
        int statementTimeoutMs();
    }

    /** Largest JSON request body accepted, in bytes. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Largest import document accepted, in bytes. */
    @WithDefault("104857600")
    long maxImportBytes();

    /** Console logs as JSON lines (for log shippers) instead of text. */
    @WithDefault("false")
    boolean logJson();

    /**
     * Bytes the public response cache may hold (bodies, headers and keys, as weighed); absent: an
     * eighth of the heap's maximum. One answer over an eighth of this bound is never kept.
     */
    OptionalLong cacheMaxBytes();

    /** Name given to an imported post's author when its feed names none. */
    @WithDefault("Unknown author")
    String defaultAuthor();

    /**
     * Hosts whose players a post may embed in an {@code iframe} (https only); iframes from any
     * other host become links to their source.
     */
    @WithDefault(
            "www.youtube.com,youtube.com,www.youtube-nocookie.com,player.vimeo.com,"
                    + "w.soundcloud.com,open.spotify.com,bandcamp.com,www.dailymotion.com,"
                    + "player.twitch.tv,codepen.io,www.slideshare.net,embed.ted.com,www.blogger.com")
    List<String> embedHosts();

    /**
     * Exact origins (scheme, host and port, comma-separated) whose pages may write or read with a
     * token from a browser; public reads answer any origin. Empty by default.
     */
    Optional<List<String>> corsOrigins();

    /**
     * Seconds a browser or CDN may serve a public read without asking again (Cache-Control
     * max-age); 0, the default, has it revalidate every time, cheaply with the ETag.
     */
    @WithDefault("0")
    int publicMaxAge();

    /**
     * Seconds a CDN may keep serving a public read that went stale while it revalidates in the
     * background (stale-while-revalidate); 0, the default, leaves it out.
     */
    @WithDefault("0")
    int publicStaleWhileRevalidate();

    /**
     * Where a preview link sends an editor (BLOG_PREVIEW_URL_PATTERN): the front end's preview
     * page, with {@code {token}} where the token goes; by default BLOG_BASE_URL +
     * /preview?token={token}.
     */
    Optional<String> previewUrlPattern();

    /** How long a preview link works (BLOG_PREVIEW_TTL, ISO 8601). */
    @WithDefault("P7D")
    Duration previewTtl();

    /**
     * Addresses per sitemap file (BLOG_SITEMAP_URLS_PER_FILE): 1,000 by default, as Yoast SEO's
     * sitemaps, so a file is generated about as fast as a list page and a new post changes only the
     * last posts file; at most the protocol's 50,000.
     */
    @WithDefault("1000")
    @Min(1)
    @Max(50_000)
    int sitemapUrlsPerFile();

    /** Where the service keeps its files (BLOG_DATA_DIR): the embedded database, local media. */
    @WithDefault("./data")
    String dataDir();

    /**
     * Hosts or addresses an import may download files from although they are internal (loopback,
     * private, link-local): BLOG_IMPORT_FETCH_ALLOW, comma-separated. Empty by default.
     */
    Optional<List<String>> importFetchAllow();

    /** The media library's settings (BLOG_MEDIA_*). */
    Media media();

    /** Uploads: their size, their types, and where the files live. */
    interface Media {

        /** Largest file accepted (BLOG_MEDIA_MAX_BYTES), counted while it streams in. */
        @WithDefault("26214400")
        long maxBytes();

        /** Types accepted (BLOG_MEDIA_TYPES), as read from the bytes. */
        @WithDefault(
                "image/jpeg,image/png,image/gif,image/webp,image/avif,image/svg+xml,application/pdf,"
                        + "audio/mpeg,video/mp4")
        List<String> types();

        /**
         * Most pixels an image may declare (BLOG_MEDIA_MAX_PIXELS): a small file that would decode
         * to gigabytes (a decompression bomb) is refused.
         */
        @WithDefault("100000000")
        long maxPixels();

        /** An S3-compatible store shared by every instance; the local disk when unset. */
        S3 s3();
    }

    /** BLOG_MEDIA_S3_ENDPOINT, _BUCKET, _REGION, _ACCESS_KEY, _SECRET_KEY, _PATH_STYLE. */
    interface S3 {
        Optional<String> endpoint();

        Optional<String> bucket();

        @WithDefault("us-east-1")
        String region();

        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Bucket in the path (most self-hosted servers) rather than in the host name. */
        @WithDefault("false")
        boolean pathStyle();
    }

    /** How long, in seconds, a browser may reuse a preflight's answer. */
    @WithDefault("3600")
    int corsMaxAge();
}
