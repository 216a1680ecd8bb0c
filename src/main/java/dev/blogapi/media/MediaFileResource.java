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
 * operating system (sendfile), not copied through the JVM. Files already known are usually answered
 * before this resource, by {@link LocalFileAnswers}; the answer is the same ({@link FileAnswer}).
 */
@Path("/media")
@Tag(name = "Media")
class MediaFileResource {

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
                files.find(sha256, filename)
                        .orElseThrow(() -> new NotFoundException("No media file at this address"));
        FileAnswer answer = FileAnswer.of(file, range, ifNoneMatch, ifRange);
        Response.ResponseBuilder response = Response.status(answer.status());
        answer.headers().forEach(response::header);
        if (answer.length() > 0) {
            response.entity(body(file, answer.offset(), answer.length())).type(file.contentType());
        }
        return response.build();
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
}
