package dev.blogapi.author;

import dev.blogapi.common.openapi.SharedResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Authors",
        description = "Authors are created by name when a post or token first names them")
class AuthorResource {

    private final AuthorService authors;

    AuthorResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Operation(
            operationId = "listAuthors",
            summary = "List authors",
            description = "By name, with the number of published posts of each.")
    public List<AuthorResponse> list() {
        return authors.list();
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getAuthor",
            summary = "Get an author",
            description = "One author by slug, with the number of published posts.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = AuthorResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public AuthorResponse get(@PathParam("slug") String slug) {
        return authors.get(slug);
    }
}
