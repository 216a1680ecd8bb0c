package dev.blogapi.export;

import dev.blogapi.auth.Role;
import dev.blogapi.common.http.Pagination;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/export")
@Tag(name = "Migration")
@RolesAllowed(Role.ADMIN)
class ExportResource {

    static final String ZIP = "application/zip";

    private final ExportService exports;
    private final ExportBundles bundles;

    ExportResource(ExportService exports, ExportBundles bundles) {
        this.exports = exports;
        this.bundles = bundles;
    }

    @GET
    @Produces({MediaType.APPLICATION_JSON, ZIP})
    @Operation(
            operationId = "exportBlog",
            summary = "Export the whole blog",
            description =
                    """
            Every post (drafts and scheduled ones too), category, tag, author and media file's
            description as one document that POST /api/v1/import takes back; exporting the result of
            that import gives the same document. With media=true, a zip bundle: export.json and
            every media file under media/{sha256}/{filename}, which POST /api/v1/import/bundle
            takes back.""")
    @APIResponse(
            responseCode = "200",
            description = "The export, or with media=true the bundle",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = ExportDocument.class)),
                @Content(
                        mediaType = ZIP,
                        schema = @Schema(type = SchemaType.STRING, format = "binary"))
            })
    public Response export(
            @Parameter(
                            description = "true: a zip bundle with the media files",
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    @QueryParam("media")
                    String media) {
        ExportDocument document = exports.export();
        if (!Pagination.booleanParameter("media", media)) {
            return Response.ok(document, MediaType.APPLICATION_JSON_TYPE).build();
        }
        return Response.ok(bundles.writer(document), ZIP)
                .header("Content-Disposition", "attachment; filename=\"blog-export.zip\"")
                .header(HttpHeaders.CACHE_CONTROL, "private, no-store")
                .build();
    }
}
