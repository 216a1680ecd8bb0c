package dev.blogapi.post;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An old address that is not a post or a page: a category, tag or author archive, or a feed, as the
 * engines a blog moved from served them; a front end redirects to its own page for it.
 */
@Schema(
        name = "ResolvedAddress",
        description =
                "A category, tag or author archive or a feed at an old address (WordPress's"
                        + " /category/a/b/, /tag/x/, /author/x/, /feed/; Ghost's /tag/x/, /rss/;"
                        + " Blogger's /search/label/X): what it is and where this API serves it.",
        requiredProperties = {"kind", "posts", "feed"})
public record ResolvedAddress(
        @Schema(
                        enumeration = {"category", "tag", "author", "feed"},
                        examples = "category")
                String kind,
        @Schema(
                        nullable = true,
                        description = "The category, tag or author; null for the site's feed",
                        examples = "tools")
                String slug,
        @Schema(nullable = true, examples = "Tools") String name,
        @Schema(
                        nullable = true,
                        description = "The category, tag or author in this API",
                        examples = "https://blog.example.org/api/v1/categories/tools")
                String api,
        @Schema(
                        description = "Its posts in this API",
                        examples = "https://blog.example.org/api/v1/posts?category=tools")
                String posts,
        @Schema(
                        description = "Its RSS feed here (Atom and JSON Feed beside it)",
                        examples = "https://blog.example.org/categories/tools/feed.rss")
                String feed) {}
