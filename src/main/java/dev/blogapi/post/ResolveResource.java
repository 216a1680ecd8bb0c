package dev.blogapi.post;

import dev.blogapi.auth.CurrentCaller;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/resolve")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Posts")
class ResolveResource {

    private final PostQueries queries;
    private final CurrentCaller caller;

    ResolveResource(PostQueries queries, CurrentCaller caller) {
        this.queries = queries;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "resolvePath",
            summary = "Find the post or page behind a site path",
            description =
                    """
            Matches a post's or page's current permalink (kind tells which) or an old path it was imported with.
            Content-Location carries the canonical permalink, so a front end can redirect old paths.""")
    @APIResponse(
            responseCode = "200",
            description = "The post or page",
            content = @Content(schema = @Schema(implementation = PostResponse.class)),
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
        PostResponse post = queries.resolve(path, caller.get(), password.value());
        Response.ResponseBuilder response = Response.ok(post);
        if (post.permalink() != null) {
            response.header("Content-Location", post.permalink());
        }
        return response.build();
    }
}
