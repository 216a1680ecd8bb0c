package dev.blogapi.media;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A file of the media library as the API shows it; {@code usedBy} only when one file is asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(
        name = "Media",
        description =
                "A file of the media library. width and height for images that declare them;"
                        + " usedBy when one file is read.",
        requiredProperties = {
            "id",
            "url",
            "contentType",
            "bytes",
            "sha256",
            "filename",
            "createdAt"
        })
public record MediaResponse(
        @Schema(examples = "3f6c1c8e-2b7a-4d8e-9a51-6f0c2d1e4b7a") UUID id,
        @Schema(
                        description = "Where the file is served: /media/{sha256}/{filename}",
                        examples =
                                "https://www.example.org/media/9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08/heron.jpg")
                String url,
        @Schema(description = "Read from the bytes", examples = "image/jpeg") String contentType,
        @Schema(examples = "184320") long bytes,
        @Schema(examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                String sha256,
        @Schema(examples = "1600") Integer width,
        @Schema(examples = "1067") Integer height,
        @Schema(examples = "heron.jpg") String filename,
        @Schema(examples = "A heron standing in a pond") String alt,
        @Schema(examples = "The pond in June") String caption,
        @Schema(examples = "2026-12-04T10:15:30Z") Instant createdAt,
        List<Use> usedBy) {

    /** A post or page that shows the file, in its body or as its featured image. */
    @Schema(
            name = "MediaUse",
            description = "A post or page that shows the file.",
            requiredProperties = {"id", "kind", "slug", "title", "status"})
    public record Use(
            @Schema(examples = "0b0e8e52-8f3e-4a55-9a2e-2f3c5b1d7e90") UUID id,
            @Schema(examples = "post") String kind,
            @Schema(examples = "herons-in-june") String slug,
            @Schema(examples = "Herons in June") String title,
            @Schema(examples = "published") String status) {}

    static MediaResponse of(Media media, String baseUrl, List<Use> usedBy) {
        return new MediaResponse(
                media.id,
                baseUrl + media.path(),
                media.contentType,
                media.bytes,
                media.sha256,
                media.width,
                media.height,
                media.filename,
                media.alt,
                media.caption,
                media.createdAt,
                usedBy);
    }
}
