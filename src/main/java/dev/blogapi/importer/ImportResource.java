package dev.blogapi.importer;

import com.fasterxml.jackson.databind.JsonNode;
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
            A Blogger export (Atom whose entries carry a kind category) is read as one: posts and pages
            (app:draft ones as drafts, labels as tags); comments, settings and the template are counted
            in skipped. A WordPress export (WXR: RSS whose items carry wp:post_type) is read as one too:
            posts and pages with their status, GMT date, slug, categories and tags by domain, author
            display name and old addresses (link, ?p=ID); attachments and other items are counted in
            skipped. With dryRun=true the answer is the same and nothing is written.""";
    private static final String EXPORT_DESCRIPTION =
            """
            Takes the document GET /api/v1/export gives, losslessly: ids, guids, slugs, drafts, timestamps,
            Markdown sources and old paths. Posts are matched by id, then guid; authors and categories by slug.
            With dryRun=true the answer is the same and nothing is written.""";

    private static final String DRY_RUN =
            """
            true: answer what the import would do (the same report, item by item) and write nothing.""";

    private static final String GHOST_DESCRIPTION =
            """
            A Ghost export (Ghost 3 to 5, Labs → Export: {"db": [{"meta", "data"}]}): posts and pages
            (type), published, draft and scheduled (status, published_at), html (else plaintext),
            custom_excerpt, slug, tags in order (internal #tags counted in skipped), the first author
            (others counted in skipped). Ghost's post id is the guid, as in Ghost's own RSS; each
            post keeps /{slug}/ as its permalink and old path. Re-importing changes nothing.""";

    private static final String GHOST_EXAMPLE =
            """
            {"db": [{"meta": {"exported_on": 1700000000000, "version": "5.74.0"},
              "data": {"posts": [{"id": "6550a1f0c2b1e80001a1b001", "title": "Sharpening chisels",
                "slug": "sharpening-chisels", "html": "<p>Flatten the back first.</p>", "type": "post",
                "status": "published", "published_at": "2023-11-12T10:00:00.000Z",
                "custom_excerpt": null}],
               "posts_authors": [{"post_id": "6550a1f0c2b1e80001a1b001", "author_id": "1", "sort_order": 0}],
               "posts_tags": [], "tags": [], "users": [{"id": "1", "name": "Ada Lindqvist"}]}}]}""";

    private final FeedImporter feeds;
    private final ExportImporter exports;
    private final GhostImporter ghost;
    private final ObjectMapper json;
    private final Validator validator;

    ImportResource(
            FeedImporter feeds,
            ExportImporter exports,
            GhostImporter ghost,
            ObjectMapper json,
            Validator validator) {
        this.feeds = feeds;
        this.exports = exports;
        this.ghost = ghost;
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
                    "An RSS 2.0 or Atom 1.0 feed (any of the XML media types), or, as"
                            + " application/json, this service's own export or a Ghost export"
                            + " (told apart by their content). "
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
            JsonNode document = json.readTree(body);
            if (GhostImporter.isGhostExport(document)) {
                return ghost.importExport(document, dry);
            }
            return exports.importDocument(
                    validated(
                            document == null || !document.isObject()
                                    ? null
                                    : json.treeToValue(document, ExportDocument.class)),
                    dry);
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

    @POST
    @Path("/ghost")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            operationId = "importGhost",
            summary = "Import a Ghost export",
            description = GHOST_DESCRIPTION)
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
                                                            examples = GHOST_EXAMPLE,
                                                            description =
                                                                    "Ghost's export: {\"db\": [{\"meta\": {…}, \"data\": {\"posts\": […], …}}]}")))
                    InputStream body,
            @QueryParam("dryRun")
                    @Parameter(
                            description = DRY_RUN,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun)
            throws IOException {
        boolean dry = isDryRun(dryRun);
        JsonNode document = json.readTree(body);
        if (!GhostImporter.isGhostExport(document)) {
            throw new ProblemException(
                    ProblemType.VALIDATION_FAILED,
                    "This is not a Ghost export: its top level must be {\"db\": [{\"meta\", \"data\"}]}");
        }
        return ghost.importExport(document, dry);
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
