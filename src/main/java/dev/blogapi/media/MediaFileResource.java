package dev.blogapi.media;

import dev.blogapi.common.error.NotFoundException;
import dev.blogapi.common.openapi.SharedResponses;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.PathPart;

/**
 * The files themselves, at {@code /media/{sha256}/{filename}}: immutable under their name, so
 * cached for a year by browsers and CDNs; ranges for audio and video players; never sniffed, and
 * anything but an image, audio or video is a download. From the local disk they are sent by the
 * operating system (sendfile), not copied through the JVM.
 */
@Path("/media")
@Tag(name = "Media")
class MediaFileResource {

    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /** No script runs and nothing loads in a file opened from here (an SVG, a PDF). */
    static final String SANDBOX = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final MediaFiles files;
    private final MediaStore store;

    MediaFileResource(MediaFiles files, MediaStore store) {
        this.files = files;
        this.store = store;
    }

    @GET
    @Path("/{sha256}/{filename}")
    @Operation(
            operationId = "getMediaFile",
            summary = "A media file",
            description =
                    "The file's bytes, with ETag, a year's immutable caching, Range (206) and"
                            + " If-None-Match (304).")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = "*/*",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "206", description = "The range asked for")
    @APIResponse(responseCode = "404", ref = SharedResponses.NOT_FOUND)
    @APIResponse(responseCode = "416", description = "The range is past the end of the file")
    public Response serve(
            @PathParam("sha256") String sha256,
            @PathParam("filename") String filename,
            @HeaderParam("Range") String range,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @HeaderParam("If-Range") String ifRange) {
        MediaFiles.Served file =
                (MediaNames.isSha256(sha256)
                                ? files.find(sha256)
                                : Optional.<MediaFiles.Served>empty())
                        .filter(found -> found.filename().equals(filename))
                        .orElseThrow(() -> new NotFoundException("No media file at this address"));
        String etag = "\"" + file.sha256() + "\"";
        if (ifNoneMatch != null && dev.blogapi.common.http.EntityTags.matches(ifNoneMatch, etag)) {
            return common(Response.notModified(), file, etag).build();
        }
        ByteRange.Asked asked =
                ifRange == null || ifRange.strip().equals(etag)
                        ? ByteRange.of(range, file.bytes())
                        : new ByteRange.Whole();
        if (asked instanceof ByteRange.Unsatisfiable) {
            return common(Response.status(416), file, etag)
                    .header("Content-Range", "bytes */" + file.bytes())
                    .build();
        }
        if (asked instanceof ByteRange.Part part) {
            ByteRange bytes = part.range();
            return common(Response.status(206), file, etag)
                    .header(
                            "Content-Range",
                            "bytes " + bytes.first() + "-" + bytes.last() + "/" + file.bytes())
                    .entity(body(file, bytes.first(), bytes.length()))
                    .type(file.contentType())
                    .build();
        }
        return common(Response.ok(), file, etag)
                .entity(body(file, 0, file.bytes()))
                .type(file.contentType())
                .build();
    }

    private Object body(MediaFiles.Served file, long offset, long length) {
        Optional<java.nio.file.Path> local = store.localPath(file.sha256());
        if (local.isPresent()) {
            return new PathPart(local.get(), offset, length);
        }
        StreamingOutput stream =
                out -> {
                    try (InputStream in = store.open(file.sha256(), offset, length)) {
                        in.transferTo(out);
                    }
                };
        return stream;
    }

    private static Response.ResponseBuilder common(
            Response.ResponseBuilder response, MediaFiles.Served file, String etag) {
        String type = file.contentType();
        boolean shown =
                type.startsWith("image/") || type.startsWith("audio/") || type.startsWith("video/");
        return response.header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, IMMUTABLE)
                .header("Accept-Ranges", "bytes")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", SANDBOX)
                .header(
                        "Content-Disposition",
                        (shown ? "inline" : "attachment")
                                + "; filename=\""
                                + file.filename()
                                + "\"");
    }
}
