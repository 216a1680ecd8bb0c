package dev.blogapi.sitemap;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Sitemaps for search engines (sitemaps.org 0.9): an index at the root and its children, answered
 * with ETag, Last-Modified and conditional GET, and kept by the response cache as feeds are.
 */
@Path("/")
@Tag(name = "Sitemaps", description = "Sitemaps 0.9 of public content, for search engines")
class SitemapResource {

    private static final String XML = "application/xml; charset=utf-8";

    private final SitemapService sitemaps;
    private final BlogMetrics metrics;
    private final int maxAgeSeconds;

    SitemapResource(SitemapService sitemaps, BlogMetrics metrics, BlogConfig config) {
        this.sitemaps = sitemaps;
        this.metrics = metrics;
        this.maxAgeSeconds = config.feedTtl() * 60;
    }

    @GET
    @Path("sitemap.xml")
    @Operation(
            operationId = "sitemapIndex",
            summary = "Sitemap index",
            description =
                    "A sitemapindex of the child sitemaps, 1,000 addresses a file: posts-N.xml"
                            + " (public posts, oldest first), pages-N.xml (the home page and the"
                            + " pages), categories-N.xml, tags-N.xml and authors-N.xml (archives"
                            + " with public posts).")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap index",
            content =
                    @Content(
                            mediaType = "application/xml",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations
                                                            .enums.SchemaType.STRING)))
    public Response index(@Context HttpHeaders request) {
        return answer(sitemaps.index(), request);
    }

    @GET
    @Path("sitemaps/{name: [a-z0-9-]+}.xml")
    @Operation(
            operationId = "sitemap",
            summary = "One sitemap",
            description = "A urlset of public addresses, each with its lastmod.")
    @APIResponse(
            responseCode = "200",
            description = "The sitemap",
            content =
                    @Content(
                            mediaType = "application/xml",
                            schema =
                                    @Schema(
                                            type =
                                                    org.eclipse.microprofile.openapi.annotations
                                                            .enums.SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public Response child(@PathParam("name") String name, @Context HttpHeaders request) {
        return answer(sitemaps.child(name), request);
    }

    private Response answer(SitemapService.Rendered sitemap, HttpHeaders request) {
        String etag = EntityTags.of(sitemap.body());
        Response.ResponseBuilder response;
        if (Conditional.notModified(
                request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE),
                etag,
                sitemap.lastModified())) {
            metrics.cacheHit("sitemap");
            response = Response.notModified();
        } else {
            response = Response.ok(sitemap.body()).type(XML);
        }
        return response.tag(new EntityTag(etag.substring(1, etag.length() - 1)))
                .lastModified(Date.from(sitemap.lastModified()))
                .header(HttpHeaders.CACHE_CONTROL, "public, max-age=" + maxAgeSeconds)
                .build();
    }
}
