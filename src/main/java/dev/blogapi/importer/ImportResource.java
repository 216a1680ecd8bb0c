package dev.blogapi.importer;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blogapi.auth.Role;
import dev.blogapi.common.error.InvalidRequestException;
import jakarta.annotation.security.RolesAllowed;
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
import java.io.PushbackInputStream;
import java.nio.file.Files;
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

/**
 * {@code POST /api/v1/import} takes any document an {@link ImportFormat} reads, XML or JSON by its
 * Content-Type and the format by its content, as the contract says; {@code /import/feed} takes the
 * XML ones. Because one OpenAPI operation cannot give a generated client a typed method for each,
 * formats with a route of their own (Ghost, this service's export) add it in their own package.
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

    private final ImportFormats formats;
    private final ObjectMapper json;

    ImportResource(ImportFormats formats, ObjectMapper json) {
        this.formats = formats;
        this.json = json;
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
                                        schema = @Schema(ref = "Export"))
                            })
                    InputStream body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) MediaType contentType,
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
                            description = ImportOptions.MEDIA_DESCRIPTION,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"none", "fetch", "archive"},
                                            defaultValue = "none"))
                    String media)
            throws IOException {
        ImportOptions options = ImportOptions.of(dryRun, prune, media);
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(contentType)) {
            return formats.importJson(json.readTree(body), options);
        }
        return formats.importXml(body, options);
    }

    /**
     * media=archive on the import's own address: the document and the old uploads folder as a
     * multipart form, as importArchive takes them (one path and method is one OpenAPI operation, so
     * the typed client method is importArchive's).
     */
    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(hidden = true)
    public ImportReport importWithArchive(
            @RestForm("document") FileUpload document,
            @RestForm("archive") FileUpload archive,
            @QueryParam(ImportOptions.DRY_RUN) String dryRun,
            @QueryParam(ImportOptions.PRUNE) String prune,
            @QueryParam(ImportOptions.MEDIA) String media)
            throws IOException {
        if (media != null && !media.equals(ImportOptions.Media.ARCHIVE.wireName())) {
            throw InvalidRequestException.badParameter(
                    ImportOptions.MEDIA,
                    "a multipart body is an import with media=archive; send the document alone"
                            + " for media="
                            + media);
        }
        return importArchive(document, archive, dryRun, prune);
    }

    @POST
    @Path("/archive")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            operationId = "importArchive",
            summary = "Import a blog with its uploads folder",
            description =
                    "The same import as importBlog with media=archive (which POST /api/v1/import"
                            + " also takes as this form): document is any document importBlog"
                            + " reads, archive the old uploads folder as a zip (WordPress's"
                            + " wp-content/uploads, Ghost's content/images, zipped from the folder"
                            + " or from above it), at most BLOG_MAX_IMPORT_BYTES together. Every"
                            + " file the bodies, featured images and WordPress attachments name"
                            + " under the old blog's addresses is taken from the archive, checked"
                            + " as an upload is, stored once, and its references pointed at its"
                            + " new url; what the archive lacks is listed in mediaMissing.")
    @APIResponse(
            responseCode = "200",
            description = "What the import did",
            content = @Content(schema = @Schema(implementation = ImportReport.class)))
    public ImportReport importArchive(
            @RestForm("document") @Schema(type = SchemaType.STRING, format = "binary")
                    FileUpload document,
            @RestForm("archive") @Schema(type = SchemaType.STRING, format = "binary")
                    FileUpload archive,
            @QueryParam(ImportOptions.DRY_RUN)
                    @Parameter(
                            description = ImportOptions.DRY_RUN_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String dryRun,
            @QueryParam(ImportOptions.PRUNE)
                    @Parameter(
                            description = ImportOptions.PRUNE_DESCRIPTION,
                            schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false"))
                    String prune)
            throws IOException {
        if (document == null) {
            throw new InvalidRequestException(
                    "document", "send the export in the form field 'document'");
        }
        if (archive == null) {
            throw new InvalidRequestException(
                    "archive", "send the old uploads folder, zipped, in the form field 'archive'");
        }
        ImportOptions asked = ImportOptions.of(dryRun, prune, null);
        try (UploadsArchive uploads = UploadsArchive.open(archive.uploadedFile());
                PushbackInputStream body =
                        new PushbackInputStream(Files.newInputStream(document.uploadedFile()))) {
            ImportOptions options = asked.withArchive(uploads);
            return startsJson(body)
                    ? formats.importJson(json.readTree(body), options)
                    : formats.importXml(body, options);
        }
    }

    /** Whether the document's first byte after blanks opens a JSON object: XML starts with '<'. */
    private static boolean startsJson(PushbackInputStream body) throws IOException {
        int first = body.read();
        while (first == ' '
                || first == '\t'
                || first == '\r'
                || first == '\n'
                || first == 0xEF
                || first == 0xBB
                || first == 0xBF) {
            first = body.read();
        }
        if (first >= 0) {
            body.unread(first);
        }
        return first == '{';
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
                            description = ImportOptions.MEDIA_DESCRIPTION,
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"none", "fetch", "archive"},
                                            defaultValue = "none"))
                    String media) {
        return formats.importXml(body, ImportOptions.of(dryRun, prune, media));
    }
}
