package dev.blogapi.export;

import dev.blogapi.auth.Role;
import dev.blogapi.importer.ImportOptions;
import dev.blogapi.importer.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/import/bundle}: an export bundle back, its media files with it. */
@Path("/api/v1/import/bundle")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migration")
@RolesAllowed(Role.ADMIN)
class RestoreBundleResource {

    private final ExportBundles bundles;

    RestoreBundleResource(ExportBundles bundles) {
        this.bundles = bundles;
    }

    @POST
    @Consumes(ExportResource.ZIP)
    @Operation(
            operationId = "restoreBundle",
            summary = "Restore an export bundle",
            description =
                    """
            Takes the zip GET /api/v1/export?media=true gives: the document as POST
            /api/v1/import/export does, and each media file from media/{sha256}/{filename}, checked as
            an upload is (its SHA-256, type, size). Files already stored are kept; the report's media
            says what was created and what is missing. With dryRun=true nothing is written.""")
    @RequestBody(
            content =
                    @Content(
                            mediaType = ExportResource.ZIP,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport restoreBundle(
            InputStream body,
            @QueryParam(ImportOptions.DRY_RUN)
                    @Parameter(
                            description = ImportOptions.DRY_RUN_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun) {
        return bundles.restore(body, ImportOptions.of(dryRun, null).dryRun());
    }
}
