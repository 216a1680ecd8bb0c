package dev.blogapi.feed;

import dev.blogapi.common.http.EntityTags;
import dev.blogapi.common.metrics.BlogMetrics;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Feeds at the root. No {@code @Produces}: a feed URL answers its own format whatever Accept says,
 * because real readers send odd Accept headers and must never get a 406.
 */
@Path("/")
@Tag(name = "Feeds", description = "RSS 2.0, Atom 1.0 and JSON Feed 1.1 of published posts")
public class FeedResource {

    private final FeedService feeds;
    private final BlogMetrics metrics;
    private final int maxAgeSeconds;

    public FeedResource(
            FeedService feeds, BlogMetrics metrics, dev.blogapi.common.config.BlogConfig config) {
        this.feeds = feeds;
        this.metrics = metrics;
        this.maxAgeSeconds = config.feedTtl() * 60;
    }

    @GET
    @Path("feed.{format: rss|atom|json}")
    @Operation(
            operationId = "siteFeed",
            summary = "Site feed",
            description = "The newest published posts. format is rss, atom or json.")
    @APIResponse(responseCode = "200", ref = FeedApi.FEED)
    public Response site(
            @PathParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return answer(FeedScope.SITE, format, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("categories/{slug}/feed.{format: rss|atom|json}")
    @Operation(
            operationId = "categoryFeed",
            summary = "Feed of one category",
            description =
                    "The newest published posts filed under the category; an empty category is an empty feed.")
    @APIResponse(responseCode = "200", ref = FeedApi.FEED)
    public Response category(
            @PathParam("slug") String slug,
            @PathParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return answer(
                new FeedScope(FeedScope.Kind.CATEGORY, slug), format, ifNoneMatch, ifModifiedSince);
    }

    @GET
    @Path("authors/{slug}/feed.{format: rss|atom|json}")
    @Operation(
            operationId = "authorFeed",
            summary = "Feed of one author",
            description = "The newest published posts by the author.")
    @APIResponse(responseCode = "200", ref = FeedApi.FEED)
    public Response author(
            @PathParam("slug") String slug,
            @PathParam("format") String format,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam(HttpHeaders.IF_MODIFIED_SINCE) String ifModifiedSince) {
        return answer(
                new FeedScope(FeedScope.Kind.AUTHOR, slug), format, ifNoneMatch, ifModifiedSince);
    }

    private Response answer(
            FeedScope scope, String extension, String ifNoneMatch, String ifModifiedSince) {
        FeedFormat format = FeedFormat.valueOf(extension.toUpperCase(java.util.Locale.ROOT));
        FeedService.RenderedFeed feed = feeds.render(scope, format);
        String etag = EntityTags.of(feed.body());
        boolean unchanged =
                ifNoneMatch != null
                        ? EntityTags.matches(ifNoneMatch, etag)
                        : notModifiedSince(ifModifiedSince, feed.lastModified());
        if (unchanged) {
            metrics.cacheHit("feed");
        }
        Response.ResponseBuilder response =
                unchanged
                        ? Response.notModified()
                        : Response.ok(feed.body()).type(feed.mediaType());
        return response.tag(new jakarta.ws.rs.core.EntityTag(etag.substring(1, etag.length() - 1)))
                .lastModified(Date.from(feed.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                .build();
    }

    private static boolean notModifiedSince(String header, Instant lastModified) {
        if (header == null) {
            return false;
        }
        try {
            Instant since =
                    ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME)
                            .toInstant();
            return !lastModified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false; // RFC 9110: an invalid date is ignored
        }
    }
}
