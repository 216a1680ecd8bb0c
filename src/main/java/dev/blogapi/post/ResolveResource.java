package dev.blogapi.post;

import dev.blogapi.auth.CurrentCaller;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.common.http.Topics;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.DiscriminatorMapping;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/resolve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
class ResolveResource {

    private final PostQueries queries;
    private final ArchiveAddresses archives;
    private final CurrentCaller caller;

    ResolveResource(PostQueries queries, ArchiveAddresses archives, CurrentCaller caller) {
        this.queries = queries;
        this.archives = archives;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "resolvePath",
            summary = "Find what a site path is: a post, a page, an archive or a feed",
            description =
                    """
            Matches a post's or page's current permalink (kind tells which) or an old path it was imported with,
            however a link writes it (trailing slash or not, non-ASCII raw or escaped in either case);
            Content-Location carries the canonical permalink, so a front end can redirect old paths.
            Else the archive and feed addresses of the engines this service imports from (WordPress's
            /category/a/b/, /tag/x/, /author/x/, /feed/ and each archive's feed/; Ghost's /tag/x/, /author/x/,
            /rss/; Blogger's /search/label/X) answer a ResolvedAddress: its kind (category, tag, author, feed)
            and where this API and its feeds serve it.""")
    @APIResponse(
            responseCode = "200",
            description = "The post or page (kind post or page), or the archive or feed",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            name = "Resolved",
                                            oneOf = {PostResponse.class, ResolvedAddress.class},
                                            discriminatorProperty = "kind",
                                            discriminatorMapping = {
                                                @DiscriminatorMapping(
                                                        value = "post",
                                                        schema = PostResponse.class),
                                                @DiscriminatorMapping(
                                                        value = "page",
                                                        schema = PostResponse.class),
                                                @DiscriminatorMapping(
                                                        value = "category",
                                                        schema = ResolvedAddress.class),
                                                @DiscriminatorMapping(
                                                        value = "tag",
                                                        schema = ResolvedAddress.class),
                                                @DiscriminatorMapping(
                                                        value = "author",
                                                        schema = ResolvedAddress.class),
                                                @DiscriminatorMapping(
                                                        value = "feed",
                                                        schema = ResolvedAddress.class)
                                            })),
            headers =
                    @Header(
                            name = "Content-Location",
                            description = "The post's canonical permalink (its current path)",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public Response resolve(
            @Parameter(
                            required = true,
                            description = "A site path starting with / (at most 2000 characters)",
                            example = "/articles/2007/06/30/software-for-python-presentations",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            pattern = "^/",
                                            maxLength = 2000))
                    @QueryParam("path")
                    String path,
            @BeanParam PostPassword password) {
        if (path == null || path.isBlank() || !path.startsWith("/") || path.length() > 2000) {
            throw InvalidRequestException.badParameter(
                    "path", "must be a site path starting with / (at most 2000 characters)");
        }
        List<String> variants = List.copyOf(SitePaths.variants(path));
        Optional<PostResponse> post = queries.resolve(variants, caller.get(), password.value());
        if (post.isPresent()) {
            Topics.shown(topicsOf(post.get(), variants));
            Response.ResponseBuilder response = Response.ok(post.get());
            if (post.get().permalink() != null) {
                response.header("Content-Location", post.get().permalink());
            }
            return response.build();
        }
        Topics.shown(Set.of(Topics.LABELS, Topics.ALL));
        return Response.ok(
                        archives.resolve(variants)
                                .orElseThrow(
                                        () ->
                                                new NotFoundException(
                                                        "Nothing is published at '"
                                                                + path
                                                                + "': no post, page, archive or"
                                                                + " feed")))
                .build();
    }

    /**
     * A resolved post shows itself and holds its address (another post taking the same path would
     * change the answer); a page is among the pages.
     */
    private static Set<String> topicsOf(PostResponse post, List<String> variants) {
        if (!"post".equals(post.kind())) {
            return Set.of(Topics.PAGES);
        }
        Set<String> topics = new java.util.HashSet<>();
        topics.add(Topics.post(post.id()));
        variants.forEach(variant -> topics.add(Topics.path(variant)));
        return topics;
    }
}
