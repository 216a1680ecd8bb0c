package dev.blogapi.feed;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Site",
        description = "The blog's identity and feed URLs, for a front end's <head>.",
        requiredProperties = {"title", "description", "language", "baseUrl", "feeds"})
record SiteResponse(
        @Schema(examples = "Field Notes") String title,
        @Schema(examples = "Notes from a workshop bench") String description,
        @Schema(examples = "en-us") String language,
        @Schema(examples = "https://blog.example.org") String baseUrl,
        Feeds feeds) {

    @Schema(
            name = "SiteFeeds",
            description = "Absolute URLs of the site-wide feeds.",
            requiredProperties = {"rss", "atom", "json"})
    public record Feeds(
            @Schema(examples = "https://blog.example.org/feed.rss") String rss,
            @Schema(examples = "https://blog.example.org/feed.atom") String atom,
            @Schema(examples = "https://blog.example.org/feed.json") String json) {}
}
