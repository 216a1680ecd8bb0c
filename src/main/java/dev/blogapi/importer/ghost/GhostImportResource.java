package dev.blogapi.importer.ghost;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.auth.Role;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import dev.blogapi.importer.ImportDocument;
import dev.blogapi.importer.ImportOptions;
import dev.blogapi.importer.ImportReport;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code POST /api/v1/import/ghost}: a Ghost export only, for a typed client method. */
@Path("/api/v1/import/ghost")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migration")
@RolesAllowed(Role.ADMIN)
class GhostImportResource {

    private static final String DESCRIPTION =
            """
            A Ghost export (Ghost 3 to 5, Labs → Export: {"db": [{"meta", "data"}]}): posts and pages
            (type), published, draft and scheduled (status, published_at), html (else plaintext),
            custom_excerpt, slug, tags in order (internal #tags counted in skipped), the first author
            (others counted in skipped). Ghost's post id is the guid, as in Ghost's own RSS; each
            post keeps /{slug}/ as its permalink and old path. Re-importing changes nothing.""";

    private static final String EXAMPLE =
            """
            {"db": [{"meta": {"exported_on": 1700000000000, "version": "5.74.0"},
              "data": {"posts": [{"id": "6550a1f0c2b1e80001a1b001", "title": "Sharpening chisels",
                "slug": "sharpening-chisels", "html": "<p>Flatten the back first.</p>", "type": "post",
                "status": "published", "published_at": "2023-11-12T10:00:00.000Z",
                "custom_excerpt": null}],
               "posts_authors": [{"post_id": "6550a1f0c2b1e80001a1b001", "author_id": "1", "sort_order": 0}],
               "posts_tags": [], "tags": [], "users": [{"id": "1", "name": "Ada Lindqvist"}]}}]}""";

    private final GhostFormat ghost;
    private final ObjectMapper json;

    GhostImportResource(GhostFormat ghost, ObjectMapper json) {
        this.ghost = ghost;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importGhost",
            summary = "Import a Ghost export",
            description = DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importGhost(
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.APPLICATION_JSON,
                                            schema =
                                                    @Schema(
                                                            type = SchemaType.OBJECT,
                                                            examples = EXAMPLE,
                                                            description =
                                                                    "Ghost's export: {\"db\": [{\"meta\": {…}, \"data\": {\"posts\": […], …}}]}")))
                    InputStream body,
            @QueryParam(ImportOptions.DRY_RUN)
                    @Parameter(
                            description = ImportOptions.DRY_RUN_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun,
            @QueryParam(ImportOptions.PRUNE)
                    @Parameter(
                            description = ImportOptions.PRUNE_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String prune,
            @QueryParam(ImportOptions.MEDIA)
                    @Parameter(
                            description =
                                    "fetch: bring the images the posts show from the old blog"
                                            + " (Ghost writes its own address as __GHOST_URL__,"
                                            + " read as BLOG_BASE_URL) into the media library; for"
                                            + " an archive of content/images, POST"
                                            + " /api/v1/import/archive. "
                                            + ImportOptions.MEDIA_DESCRIPTION,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"none", "fetch"},
                                            defaultValue = "none"))
                    String media)
            throws IOException {
        ImportOptions options = ImportOptions.of(dryRun, prune, media);
        ImportDocument document = new ImportDocument.Json(json.readTree(body));
        if (!ghost.reads(document)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "This is not a Ghost export: its top level must be {\"db\": [{\"meta\", \"data\"}]}");
        }
        return ghost.importDocument(document, options);
    }
}
