package dev.blogapi.export;

import dev.blogapi.auth.Role;
import dev.blogapi.importer.ImportOptions;
import dev.blogapi.importer.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code POST /api/v1/import/export}: this service's own export only, for a typed client method.
 */
@Path("/api/v1/import/export")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migration")
@RolesAllowed(Role.ADMIN)
class RestoreResource {

    private static final String DESCRIPTION =
            """
            Takes the document GET /api/v1/export gives, losslessly: ids, guids, slugs, drafts, timestamps,
            Markdown sources and old paths. Posts are matched by id, then guid; authors and categories by slug.
            With dryRun=true the answer is the same and nothing is written.""";

    private final ExportRestore restore;

    RestoreResource(ExportRestore restore) {
        this.restore = restore;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "restoreExport",
            summary = "Restore this service's own export",
            description = DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport restoreExport(
            @Valid @NotNull @RequestBody(required = true) ExportDocument document,
            @QueryParam(ImportOptions.DRY_RUN)
                    @Parameter(
                            description = ImportOptions.DRY_RUN_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun) {
        return restore.restore(document, ImportOptions.of(dryRun, null).dryRun());
    }
}
