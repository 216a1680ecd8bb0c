package dev.blogapi.importer;

import dev.blogapi.auth.CurrentCaller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migration", description = "Move an old blog in, and this one out (admin only)")
@SecurityRequirement(name = "bearer")
public class ImportResource {

    private final FeedImporter feeds;
    private final ExportImporter exports;
    private final CurrentCaller caller;

    ImportResource(FeedImporter feeds, ExportImporter exports, CurrentCaller caller) {
        this.feeds = feeds;
        this.exports = exports;
        this.caller = caller;
    }

    @POST
    @Consumes({
        "application/rss+xml",
        "application/atom+xml",
        MediaType.APPLICATION_XML,
        MediaType.TEXT_XML
    })
    @Operation(
            operationId = "importFeed",
            summary = "Import an RSS 2.0 or Atom 1.0 feed",
            description =
                    """
            Each item becomes a published post, matched by guid (Atom id, else link): new ones are created,
            changed ones updated, identical ones left alone, so importing twice changes nothing. Old links keep
            working through GET /api/v1/resolve. An item that cannot be imported is listed in failed and the
            rest still is; a document that is not a feed, is malformed or has a DOCTYPE writes nothing.""")
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importFeed(
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = "application/rss+xml",
                                        schema =
                                                @Schema(
                                                        type =
                                                                org.eclipse.microprofile.openapi
                                                                        .annotations.enums
                                                                        .SchemaType.STRING)),
                                @Content(
                                        mediaType = "application/atom+xml",
                                        schema =
                                                @Schema(
                                                        type =
                                                                org.eclipse.microprofile.openapi
                                                                        .annotations.enums
                                                                        .SchemaType.STRING))
                            })
                    InputStream body) {
        caller.requireAdmin();
        return feeds.importFeed(body);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importExport",
            summary = "Restore this service's own export",
            description =
                    """
            Takes the document GET /api/v1/export gives, losslessly: ids, guids, slugs, drafts, timestamps,
            Markdown sources and old paths. Posts are matched by id, then guid; authors and categories by slug.""")
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importExport(
            @Valid @NotNull @RequestBody(required = true) ExportDocument document) {
        caller.requireAdmin();
        return exports.importDocument(document);
    }
}
