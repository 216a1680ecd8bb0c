package dev.blogapi.common.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

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
    String baseUrl();

    @WithDefault("/articles/{yyyy}/{MM}/{dd}/{slug}")
    String permalinkPattern();

    @WithDefault("20")
    int feedSize();

    /** Minutes a feed reader may cache a feed. */
    @WithDefault("40")
    int feedTtl();

    /** The admin token accepted from the start; when unset one is minted once and printed. */
    Optional<String> adminToken();

    @WithDefault("./data")
    String dataDir();

    /** Largest JSON request body accepted, in bytes. */
    @WithDefault("1048576")
    long maxBodyBytes();

    /** Largest import document accepted, in bytes. */
    @WithDefault("104857600")
    long maxImportBytes();

    /** Console logs as JSON lines (for log shippers) instead of text. */
    @WithDefault("false")
    boolean logJson();

    /** Name given to an imported post's author when its feed names none. */
    @WithDefault("Unknown author")
    String defaultAuthor();
}
