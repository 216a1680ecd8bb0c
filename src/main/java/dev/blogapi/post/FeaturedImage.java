package dev.blogapi.post;

import dev.blogapi.common.content.FieldLimits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The image a front end shows with a post in lists and at its top. */
@Schema(
        name = "FeaturedImage",
        description =
                "The image shown with the post (WordPress's featured image, Ghost's feature image)",
        requiredProperties = {"url"})
public record FeaturedImage(
        @Schema(maxLength = FieldLimits.PATH, examples = "https://blog.example.org/media/stone.jpg")
                @NotBlank
                @Size(max = FieldLimits.PATH)
                String url,
        @Schema(nullable = true, maxLength = FieldLimits.EXCERPT, examples = "A waterstone")
                @Size(max = FieldLimits.EXCERPT)
                String alt,
        @Schema(nullable = true, maxLength = FieldLimits.EXCERPT, examples = "The 1000-grit stone")
                @Size(max = FieldLimits.EXCERPT)
                String caption) {}
