package dev.blogapi.media;

import dev.blogapi.auth.CurrentCaller;
import dev.blogapi.auth.Role;
import dev.blogapi.common.http.CachePolicy;
import dev.blogapi.common.http.Pagination;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/** The media library's API: upload, list, read, describe and delete files. */
@Path("/api/v1/media")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Media", description = "Images and files, stored once per content, served at /media")
class MediaResource {

    private final MediaService media;
    private final CurrentCaller caller;

    MediaResource(MediaService media, CurrentCaller caller) {
        this.media = media;
        this.caller = caller;
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "uploadMediaForm",
            summary = "Upload a file (form)",
            description =
                    "A multipart form with the file in `file` and optional `alt` and `caption`."
                            + " Otherwise as the raw upload.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same bytes were already stored: that file",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    public Response uploadForm(
            @RestForm("file") FileUpload file,
            @RestForm("alt") String alt,
            @RestForm("caption") String caption,
            UriInfo uri) {
        if (file == null) {
            throw new dev.blogapi.common.error.InvalidRequestException(
                    "file", "send the file in the form field 'file'");
        }
        try (InputStream body = Files.newInputStream(file.uploadedFile())) {
            return answer(
                    media.upload(
                            body,
                            new MediaService.Upload(
                                    file.contentType(), file.fileName(), alt, caption),
                            caller.get()),
                    uri);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @POST
    @Consumes(MediaType.WILDCARD)
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "uploadMedia",
            summary = "Upload a file",
            description =
                    """
            The file as the raw body, its name in `Content-Disposition: attachment; filename="…"`.
            The type is read from the bytes (BLOG_MEDIA_TYPES; by default JPEG, PNG, GIF, WebP, AVIF,
            SVG, PDF, MP3 and MP4); a Content-Type or a filename that says otherwise is a 415, as is
            an SVG with scripts, event handlers or references outside itself. At most
            BLOG_MEDIA_MAX_BYTES (25 MiB), counted while it streams (413); images that declare more
            than BLOG_MEDIA_MAX_PIXELS are refused (422). The same bytes uploaded again answer 200
            with the file already stored, at the same url.""")
    @RequestBody(
            content =
                    @Content(
                            mediaType = "application/octet-stream",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(
            responseCode = "200",
            description = "The same bytes were already stored: that file",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    public Response upload(
            InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @HeaderParam("Content-Disposition") String disposition,
            @Parameter(description = "Alternative text for an image") @QueryParam("alt") String alt,
            @Parameter(description = "Caption") @QueryParam("caption") String caption,
            UriInfo uri) {
        return answer(
                media.upload(
                        body,
                        new MediaService.Upload(
                                contentType,
                                ContentDisposition.filename(disposition),
                                alt,
                                caption),
                        caller.get()),
                uri);
    }

    @GET
    @RolesAllowed({Role.ADMIN, Role.AUTHOR, Role.READER})
    @Operation(
            operationId = "listMedia",
            summary = "List media",
            description = "Newest first, paged like every list (Link, X-Total-Count).")
    @APIResponse(
            responseCode = "200",
            description = "One page of files",
            content = @Content(schema = @Schema(implementation = MediaPage.class)))
    public Response list(
            @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
            @Parameter(description = "Files per page (at most 100)") @QueryParam("size")
                    String size,
            UriInfo uri) {
        int number = Pagination.intParameter("page", page, 1, 1_000_000, 1);
        int perPage =
                Pagination.intParameter(
                        "size", size, 1, Pagination.MAX_SIZE, Pagination.DEFAULT_SIZE);
        MediaPage result = media.list(number, perPage);
        return Response.ok(result)
                .header("Link", Pagination.linkHeader(uri, number, perPage, result.totalPages()))
                .header("X-Total-Count", result.totalItems())
                .header(HttpHeaders.CACHE_CONTROL, CachePolicy.PERSONAL)
                .build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.AUTHOR, Role.READER})
    @Operation(
            operationId = "getMedia",
            summary = "Get a file's description",
            description = "With `usedBy`: the posts and pages that show it.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public MediaResponse get(@PathParam("id") UUID id) {
        return media.get(id);
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "editMedia",
            summary = "Edit a file's alt text and caption",
            description = "An admin, or the author who uploaded it. An empty string clears one.")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(schema = @Schema(implementation = MediaResponse.class)))
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    public MediaResponse edit(
            @PathParam("id") UUID id,
            @Valid @NotNull @RequestBody(required = true) MediaPatch patch) {
        return media.edit(id, patch, caller.get());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Role.ADMIN, Role.AUTHOR})
    @Operation(
            operationId = "deleteMedia",
            summary = "Delete a file",
            description =
                    "An admin, or the author who uploaded it. While a post or page shows the file,"
                            + " 409 unless force=true.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = SharedResponses.CONFLICT)
    public void delete(
            @PathParam("id") UUID id,
            @Parameter(description = "Delete even while posts or pages use it") @QueryParam("force")
                    String force) {
        media.delete(id, Pagination.booleanParameter("force", force), caller.get());
    }

    private static Response answer(MediaService.Uploaded uploaded, UriInfo uri) {
        Response.ResponseBuilder response =
                uploaded.created() ? Response.status(Response.Status.CREATED) : Response.ok();
        return response.location(
                        uri.getBaseUriBuilder()
                                .path("api/v1/media")
                                .path(uploaded.media().id().toString())
                                .build())
                .entity(uploaded.media())
                .header(HttpHeaders.CACHE_CONTROL, CachePolicy.PERSONAL)
                .build();
    }
}
