package dev.blogapi.feed;

import dev.blogapi.common.config.BlogConfig;
import dev.blogapi.common.http.Conditional;
import dev.blogapi.common.http.EntityTags;
import dev.blogapi.common.metrics.BlogMetrics;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Date;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Feeds at the root. No {@code @Produces}: a feed URL answers its own format whatever Accept says,
 * because real readers send odd Accept headers and must never get a 406.
 */
@Path("/")
@Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of published posts")
class FeedResource {

    private final FeedService feeds;
    private final BlogMetrics metrics;
    private final int maxAgeSeconds;

    FeedResource(FeedService feeds, BlogMetrics metrics, BlogConfig config) {
        this.feeds = feeds;
        this.metrics = metrics;
        this.maxAgeSeconds = config.feedTtl() * 60;
    }

    @GET
    @Path("feed.{format: rss|atom|json}")
    @Operation(
            operationId = "siteFeed",
            summary = "Site feed",
            description = "The newest published posts.")
    @APIResponse(responseCode = "200", ref = SharedResponses.FEED)
    public Response site(@PathParam("format") String format, @Context HttpHeaders request) {
        return answer(FeedScope.SITE, format, request);
    }

    @GET
    @Path("categories/{slug}/feed.{format: rss|atom|json}")
    @Operation(
            operationId = "categoryFeed",
            summary = "Feed of one category",
            description =
                    "The newest published posts filed under the category; an empty category is an empty feed.")
    @APIResponse(responseCode = "200", ref = SharedResponses.FEED)
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public Response category(
            @PathParam("slug") String slug,
            @PathParam("format") String format,
            @Context HttpHeaders request) {
        return answer(new FeedScope(FeedScope.Kind.CATEGORY, slug), format, request);
    }

    @GET
    @Path("tags/{slug}/feed.{format: rss|atom|json}")
    @Operation(
            operationId = "tagFeed",
            summary = "Feed of one tag",
            description =
                    "The newest published posts with the tag; a tag without any is an empty feed.")
    @APIResponse(responseCode = "200", ref = SharedResponses.FEED)
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public Response tag(
            @PathParam("slug") String slug,
            @PathParam("format") String format,
            @Context HttpHeaders request) {
        return answer(new FeedScope(FeedScope.Kind.TAG, slug), format, request);
    }

    @GET
    @Path("authors/{slug}/feed.{format: rss|atom|json}")
    @Operation(
            operationId = "authorFeed",
            summary = "Feed of one author",
            description = "The newest published posts by the author.")
    @APIResponse(responseCode = "200", ref = SharedResponses.FEED)
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public Response author(
            @PathParam("slug") String slug,
            @PathParam("format") String format,
            @Context HttpHeaders request) {
        return answer(new FeedScope(FeedScope.Kind.AUTHOR, slug), format, request);
    }

    private Response answer(FeedScope scope, String extension, HttpHeaders request) {
        FeedFormat format = FeedFormat.valueOf(extension.toUpperCase(Locale.ROOT));
        FeedService.RenderedFeed feed = feeds.render(scope, format);
        String etag = EntityTags.of(feed.body());
        EntityTag tag = new EntityTag(etag.substring(1, etag.length() - 1));
        Date lastModified = Date.from(feed.lastModified());
        Response.ResponseBuilder response;
        if (Conditional.notModified(
                request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
                etag,
                feed.lastModified())) {
            metrics.cacheHit("feed");
            response = Response.notModified();
        } else {
            response = Response.ok(feed.body()).type(feed.mediaType());
        }
        return response.tag(tag)
                .lastModified(lastModified)
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                .build();
    }
}
