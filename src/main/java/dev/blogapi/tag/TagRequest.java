package dev.blogapi.tag;

import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TagInput",
        description = "A tag's new name and, optionally, its new slug (tags are created by use).")
record TagRequest(
        @Schema(
                        description = "A new slug renames the tag's address; omitted keeps it",
                        examples = "python",
                        pattern = Slugs.DOCUMENTED_PATTERN,
                        maxLength = FieldLimits.NAME_SLUG)
                @Pattern(
                        regexp = Slugs.PATTERN,
                        message = "must be lowercase letters, digits and single hyphens")
                @Size(max = FieldLimits.NAME_SLUG)
                String slug,
        @Schema(examples = "Python", required = true, maxLength = FieldLimits.NAME)
                @NotBlank
                @Size(max = FieldLimits.NAME)
                String name) {}
