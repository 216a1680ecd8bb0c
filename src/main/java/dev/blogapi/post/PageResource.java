package dev.blogapi.post;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.blogapi.auth.Role;
import dev.blogapi.common.error.ProblemMapper;
import dev.blogapi.common.http.IdempotentCreates;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.ParameterIn;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/pages")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
        name = "Pages",
        description =
                "Standalone pages (About, Contact): the post schema and rules, never in lists,"
                        + " archives or feeds")
class PageResource {

    private final PostEndpoints endpoints;
    private final PreviewEndpoints previews;

    PageResource(PostEndpoints endpoints, PreviewEndpoints previews) {
        this.endpoints = endpoints;
        this.previews = previews;
    }

    @GET
    @Operation(
            operationId = "listPages",
            summary = "List pages",
            description =
                    """
            Published pages by title. With a token, status=draft|scheduled|all lists unpublished ones.
            The Link header carries first, prev, next and last.""")
    @APIResponse(
            responseCode = "200",
            description = "One page of the list of pages",
            content = @Content(schema = @Schema(implementation = PostPage.class)),
            headers = {
                @Header(
                        name = "Link",
                        description = "RFC 8288 links: first, prev, next, last",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "X-Total-Count",
                        description = "totalItems, for clients that read headers",
                        schema = @Schema(type = SchemaType.INTEGER))
            })
    public Response list(
            @BeanParam PageListParameters parameters, @BeanParam PostFields fields, UriInfo uri) {
        return endpoints.list(
                PostFilter.pages(parameters.visibility(endpoints.caller())),
                parameters.page(),
                parameters.size(),
                uri,
                fields);
    }

    @GET
    @Path("/{id}")
    @Operation(
            operationId = "getPage",
            summary = "Get a page by id",
            description = "Drafts and scheduled pages are 404 without a token.")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public Response byId(
            @PathParam("id") UUID id,
            @BeanParam PostPassword password,
            @BeanParam PostFields fields) {
        return endpoints.byId(Post.Kind.page, id, password, fields);
    }

    @GET
    @Path("/slug/{slug}")
    @Operation(
            operationId = "getPageBySlug",
            summary = "Get a page by slug",
            description = "Drafts and scheduled pages are 404 without a token.")
    @APIResponse(
            responseCode = "200",
            description = "The page",
            content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public Response bySlug(
            @PathParam("slug") String slug,
            @BeanParam PostPassword password,
            @BeanParam PostFields fields) {
        return endpoints.bySlug(Post.Kind.page, slug, password, fields);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "createPage",
            summary = "Create a page",
            description =
                    """
            The post input without categories or tags; the same rules (Markdown or HTML, sanitised; drafts
            invisible). Send an Idempotency-Key to make retries safe.""")
    @APIResponse(
            responseCode = "201",
            description = "Created; Location and ETag name the new page",
            content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "409", ref = SharedResponses.CONFLICT)
    public Response create(
            @Valid @NotNull @RequestBody(required = true) PostRequest request,
            @Parameter(
                            in = ParameterIn.HEADER,
                            description =
                                    "Any unique string up to 255 characters; kept for 24 hours")
                    @HeaderParam(IdempotentCreates.HEADER)
                    String idempotencyKey,
            UriInfo uri) {
        return endpoints.create(Post.Kind.page, request, idempotencyKey, uri);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "replacePage",
            summary = "Replace a page",
            description =
                    "Authors replace only their own pages. If-Match with the page's ETag guards against lost updates.")
    @APIResponse(
            responseCode = "200",
            description = "The replaced page",
            content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = SharedResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = SharedResponses.PRECONDITION_FAILED)
    public PostResponse replace(
            @PathParam("id") UUID id,
            @Valid @NotNull @RequestBody(required = true) PostRequest request,
            @Parameter(description = "The ETag the change was based on")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        return endpoints.replace(Post.Kind.page, id, request, ifMatch);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(PostResource.MERGE_PATCH)
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "patchPage",
            summary = "Change some fields of a page",
            description =
                    "A JSON merge patch (RFC 7386), as for posts; same ownership and If-Match rules as PUT.")
    @APIResponse(
            responseCode = "200",
            description = "The changed page",
            content = @Content(schema = @Schema(implementation = PostResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = SharedResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = SharedResponses.PRECONDITION_FAILED)
    public PostResponse patch(
            @PathParam("id") UUID id,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = PostResource.MERGE_PATCH,
                                            schema = @Schema(implementation = PostPatch.class)))
                    String mergePatch,
            @Parameter(description = "The ETag the change was based on")
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch)
            throws JsonProcessingException {
        return endpoints.patch(Post.Kind.page, id, mergePatch, ifMatch);
    }

    @DELETE
    @Path("/{id}")
    // A deletion answers 204 or a problem: clients that accept only problem+json are served.
    @Produces({MediaType.APPLICATION_JSON, ProblemMapper.PROBLEM_JSON})
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "deletePage",
            summary = "Delete a page",
            description = "Authors delete only their own pages.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public void delete(@PathParam("id") UUID id) {
        endpoints.delete(Post.Kind.page, id);
    }

    @POST
    @Path("/{id}/previews")
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "createPagePreview",
            summary = "Mint a preview link of a page",
            description =
                    "For a draft or scheduled page; authors only for their own. The token is"
                            + " shown this once; GET /api/v1/previews/{token} reads the page"
                            + " through it.")
    @APIResponse(
            responseCode = "201",
            description = "The link",
            content = @Content(schema = @Schema(implementation = PreviewResponses.Minted.class)),
            headers =
                    @Header(
                            name = "Location",
                            description = "The link among the page's previews",
                            schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = SharedResponses.CONFLICT)
    public Response createPreview(@PathParam("id") UUID id, UriInfo uri) {
        return previews.create(Post.Kind.page, id, uri);
    }

    @GET
    @Path("/{id}/previews")
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "listPagePreviews",
            summary = "List a page's preview links",
            description = "The links that still work, newest first; their tokens are not shown.")
    @APIResponse(
            responseCode = "200",
            description = "The links",
            content =
                    @Content(
                            schema =
                                    @Schema(
                                            type = SchemaType.ARRAY,
                                            implementation = PreviewResponses.Summary.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public List<PreviewResponses.Summary> listPreviews(@PathParam("id") UUID id) {
        return previews.list(Post.Kind.page, id);
    }

    @DELETE
    @Path("/{id}/previews/{previewId}")
    @Produces({MediaType.APPLICATION_JSON, ProblemMapper.PROBLEM_JSON})
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "revokePagePreview",
            summary = "Revoke a preview link of a page",
            description = "The link stops working at once.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public void revokePreview(@PathParam("id") UUID id, @PathParam("previewId") UUID previewId) {
        previews.revoke(Post.Kind.page, id, previewId);
    }
}
