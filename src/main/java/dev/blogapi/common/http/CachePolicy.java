package dev.blogapi.common.http;

import dev.blogapi.common.config.BlogConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The Cache-Control of a read, in one place: a public read may be kept by browsers and CDNs and is
 * revalidated with its ETag once BLOG_PUBLIC_MAX_AGE has passed (every time by default); a read
 * with a token or a post password is the caller's alone and is never stored. Feeds name their own
 * freshness (BLOG_FEED_TTL) and previews their own no-store; an answer that already says is left as
 * it is.
 */
@ApplicationScoped
public class CachePolicy {

    /** For answers only their caller may see: a token's reads, an unlocked post, a preview. */
    public static final String PERSONAL = "private, no-store";

    private final String shared;

    @Inject
    CachePolicy(BlogConfig config) {
        this(config.publicMaxAge(), config.publicStaleWhileRevalidate());
    }

    CachePolicy(int maxAge, int staleWhileRevalidate) {
        this.shared =
                "public, max-age="
                        + maxAge
                        + ", must-revalidate"
                        + (staleWhileRevalidate > 0
                                ? ", stale-while-revalidate=" + staleWhileRevalidate
                                : "");
    }

    /** The Cache-Control of a read, public or {@code personal}. */
    public String forRead(boolean personal) {
        return personal ? PERSONAL : shared;
    }
}
