package dev.blogapi.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.auth.Role;
import dev.blogapi.common.error.InvalidRequestException;
import dev.blogapi.common.error.ProblemException;
import dev.blogapi.common.error.ProblemType;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
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

/**
 * {@code POST /api/v1/import} takes a feed or this service's export, told apart by Content-Type, as
 * the contract says. Because one OpenAPI operation cannot give a generated client a typed method
 * for each, {@code /import/feed} and {@code /import/export} take one kind each.
 */
@Path("/api/v1/import")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Migration", description = "Move an old blog in, and this one out (admin only)")
@RolesAllowed(Role.ADMIN)
class ImportResource {

    private static final String RSS = "application/rss+xml";
    private static final String ATOM = "application/atom+xml";
    private static final String FEED_DESCRIPTION =
            """
            Each item becomes a published post, matched by guid (Atom id, else link): new ones are created,
            changed ones updated, identical ones left alone, so importing twice changes nothing. Old links keep
            working through GET /api/v1/resolve. An item that cannot be imported is listed in failed and the
            rest still is; a document that is not a feed, is malformed or has a DOCTYPE writes nothing.
            With dryRun=true the answer is the same and nothing is written.""";
    private static final String EXPORT_DESCRIPTION =
            """
            Takes the document GET /api/v1/export gives, losslessly: ids, guids, slugs, drafts, timestamps,
            Markdown sources and old paths. Posts are matched by id, then guid; authors and categories by slug.
            With dryRun=true the answer is the same and nothing is written.""";

    private static final String DRY_RUN =
            """
            true: answer what the import would do (the same report, item by item) and write nothing.""";

    private final FeedImporter feeds;
    private final ExportImporter exports;
    private final ObjectMapper json;
    private final Validator validator;

    ImportResource(
            FeedImporter feeds, ExportImporter exports, ObjectMapper json, Validator validator) {
        this.feeds = feeds;
        this.exports = exports;
        this.json = json;
        this.validator = validator;
    }

    @POST
    @Consumes({
        RSS,
        ATOM,
        MediaType.APPLICATION_XML,
        MediaType.TEXT_XML,
        MediaType.APPLICATION_JSON
    })
    @Operation(
            operationId = "importBlog",
            summary = "Import a feed or restore an export",
            description =
                    "An RSS 2.0 or Atom 1.0 feed (any of the XML media types), or this service's"
                            + " own export (application/json). "
                            + FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importBlog(
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = RSS,
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Content(
                                        mediaType = ATOM,
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_XML,
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Content(
                                        mediaType = MediaType.TEXT_XML,
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_JSON,
                                        schema = @Schema(implementation = ExportDocument.class))
                            })
                    InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
            @QueryParam("dryRun")
                    @Parameter(
                            description = DRY_RUN,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun)
            throws IOException {
        boolean dry = isDryRun(dryRun);
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(contentType)) {
            return exports.importDocument(
                    validated(json.readValue(body, ExportDocument.class)), dry);
        }
        return feeds.importFeed(body, dry);
    }

    @POST
    @Path("/feed")
    @Consumes({RSS, ATOM, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
    @Operation(
            operationId = "importFeed",
            summary = "Import an RSS 2.0 or Atom 1.0 feed",
            description = FEED_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importFeed(
            @RequestBody(
                            required = true,
                            content = {
                                @Content(
                                        mediaType = RSS,
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Content(
                                        mediaType = ATOM,
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Content(
                                        mediaType = MediaType.APPLICATION_XML,
                                        schema = @Schema(type = SchemaType.STRING)),
                                @Content(
                                        mediaType = MediaType.TEXT_XML,
                                        schema = @Schema(type = SchemaType.STRING))
                            })
                    InputStream body,
            @QueryParam("dryRun")
                    @Parameter(
                            description = DRY_RUN,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun) {
        return feeds.importFeed(body, isDryRun(dryRun));
    }

    @POST
    @Path("/export")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "restoreExport",
            summary = "Restore this service's own export",
            description = EXPORT_DESCRIPTION)
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport restoreExport(
            @Valid @NotNull @RequestBody(required = true) ExportDocument document,
            @QueryParam("dryRun")
                    @Parameter(
                            description = DRY_RUN,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun) {
        return exports.importDocument(document, isDryRun(dryRun));
    }

    /** Strictly true or false: a misspelt flag must not turn a rehearsal into the real thing. */
    private static boolean isDryRun(String value) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw InvalidRequestException.badParameter(
                "dryRun", "must be true or false, got '" + value + "'");
    }

    private ExportDocument validated(ExportDocument document) {
        if (document == null) {
            throw new ProblemException(
                    ProblemType.MALFORMED_REQUEST, "The request body must be a JSON object");
        }
        var violations = validator.validate(document);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return document;
    }
}
