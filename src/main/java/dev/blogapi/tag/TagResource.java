package dev.blogapi.tag;

import dev.blogapi.auth.Role;
import dev.blogapi.common.error.ProblemMapper;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;

// The OpenAPI annotation is named in full: this package's entity is called Tag too.
@Path("/api/v1/tags")
@Produces(MediaType.APPLICATION_JSON)
@org.eclipse.microprofile.openapi.annotations.tags.Tag(
        name = "Tags",
        description = "Tags: created by writers on first use, public reads, admin renames")
class TagResource {

    private final TagService tags;

    TagResource(TagService tags) {
        this.tags = tags;
    }

    @GET
    @Operation(
            operationId = "listTags",
            summary = "List tags",
            description = "By name, with the number of published posts carrying each.")
    public List<TagResponse> list() {
        return tags.list();
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getTag",
            summary = "Get a tag",
            description = "One tag by slug, with the number of published posts carrying it.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = TagResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public TagResponse get(@PathParam("slug") String slug) {
        return tags.get(slug);
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(
            operationId = "replaceTag",
            summary = "Rename a tag",
            description =
                    "Admin only. A different slug in the body moves the tag's address; a name or"
                            + " slug another tag has is a 409.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = TagResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = SharedResponses.CONFLICT)
    public TagResponse replace(
            @PathParam("slug") String slug,
            @Valid @NotNull @RequestBody(required = true) TagRequest request) {
        return tags.replace(slug, request);
    }

    @DELETE
    @Path("/{slug}")
    // A deletion answers 204 or a problem: clients that accept only problem+json are served.
    @Produces({MediaType.APPLICATION_JSON, ProblemMapper.PROBLEM_JSON})
    @RolesAllowed(Role.ADMIN)
    @Operation(
            operationId = "deleteTag",
            summary = "Delete a tag",
            description = "Admin only. Its posts stay, without this tag.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public void delete(@PathParam("slug") String slug) {
        tags.delete(slug);
    }
}
