package dev.blogapi.post;

import dev.blogapi.common.http.CachePolicy;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A preview link opened: the post as it is now, for whoever holds the link's token. */
@Path("/api/v1/previews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Previews")
class PreviewReadResource {

    private final PostPreviews previews;

    PreviewReadResource(PostPreviews previews) {
        this.previews = previews;
    }

    @GET
    @Path("/{token}")
    @Operation(
            operationId = "openPreview",
            summary = "Read a post through a preview link",
            description =
                    "No API token needed: the link's token is the credential. The post whole, as it"
                            + " is now; never stored (no-store) nor indexed (X-Robots-Tag: noindex).")
    @APIResponse(
            responseCode = "200",
            description = "The post or page",
            content = @Content(schema = @Schema(implementation = PostResponse.class)),
            headers = {
                @Header(
                        name = "Cache-Control",
                        description = "private, no-store",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "X-Robots-Tag",
                        description = "noindex",
                        schema = @Schema(type = SchemaType.STRING))
            })
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public Response open(@PathParam("token") String token) {
        return Response.ok(previews.open(token))
                .header(HttpHeaders.CACHE_CONTROL, CachePolicy.PERSONAL)
                .header("X-Robots-Tag", "noindex")
                .build();
    }
}
