package dev.blogapi.category;

import dev.blogapi.auth.Caller;
import dev.blogapi.auth.CurrentCaller;
import dev.blogapi.auth.Role;
import dev.blogapi.common.error.ProblemMapper;
import dev.blogapi.common.http.IdempotentCreates;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/categories")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Categories", description = "Categories: public reads, admin writes")
class CategoryResource {

    private final CategoryService categories;
    private final IdempotentCreates idempotent;
    private final CurrentCaller caller;

    CategoryResource(
            CategoryService categories, IdempotentCreates idempotent, CurrentCaller caller) {
        this.categories = categories;
        this.idempotent = idempotent;
        this.caller = caller;
    }

    @GET
    @Operation(
            operationId = "listCategories",
            summary = "List categories",
            description = "By name, with the number of published posts in each.")
    public List<CategoryResponse> list() {
        return categories.list();
    }

    @GET
    @Path("/{slug}")
    @Operation(
            operationId = "getCategory",
            summary = "Get a category",
            description = "One category by slug, with the number of published posts.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public CategoryResponse get(@PathParam("slug") String slug) {
        return categories.get(slug);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(
            operationId = "createCategory",
            summary = "Create a category",
            description = "Admin only. An explicit slug that is taken, or a name in use, is a 409.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "409", ref = SharedResponses.CONFLICT)
    public Response create(
            @Valid @NotNull @RequestBody(required = true) CategoryRequest request,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description = "Makes retries safe; see POST /api/v1/posts")
                    @HeaderParam(IdempotentCreates.HEADER)
                    String idempotencyKey,
            UriInfo uri) {
        Caller admin = caller.get();
        return idempotent.run(
                admin.key(),
                idempotencyKey,
                request,
                () -> {
                    CategoryResponse created = categories.create(request);
                    return Response.created(
                                    uri.getBaseUriBuilder()
                                            .path("api/v1/categories")
                                            .path(created.slug())
                                            .build())
                            .entity(created)
                            .build();
                });
    }

    @PUT
    @Path("/{slug}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Role.ADMIN)
    @Operation(
            operationId = "replaceCategory",
            summary = "Replace a category",
            description = "Admin only. A different slug in the body renames it.")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content = @Content(schema = @Schema(implementation = CategoryResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = SharedResponses.CONFLICT)
    public CategoryResponse replace(
            @PathParam("slug") String slug,
            @Valid @NotNull @RequestBody(required = true) CategoryRequest request) {
        return categories.replace(slug, request);
    }

    @DELETE
    @Path("/{slug}")
    // A deletion answers 204 or a problem: clients that accept only problem+json are served.
    @Produces({MediaType.APPLICATION_JSON, ProblemMapper.PROBLEM_JSON})
    @RolesAllowed(Role.ADMIN)
    @Operation(
            operationId = "deleteCategory",
            summary = "Delete a category",
            description = "Admin only. Its posts stay, without this category.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public void delete(@PathParam("slug") String slug) {
        categories.delete(slug);
    }
}
