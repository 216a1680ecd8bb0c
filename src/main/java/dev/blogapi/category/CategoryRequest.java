package dev.blogapi.category;

import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryInput", description = "A category to create or replace.")
record CategoryRequest(
        @Schema(
                        description =
                                "Derived from the name when not given; on PUT, a new slug renames the category",
                        examples = "tools",
                        pattern = Slugs.DOCUMENTED_PATTERN,
                        maxLength = FieldLimits.NAME_SLUG)
                @Pattern(
                        regexp = Slugs.PATTERN,
                        message = "must be lowercase letters, digits and single hyphens")
                @Size(max = FieldLimits.NAME_SLUG)
                String slug,
        @Schema(examples = "Tools", required = true, maxLength = FieldLimits.NAME)
                @NotBlank
                @Size(max = FieldLimits.NAME)
                String name,
        @Schema(examples = "Chisels, planes and the rest", maxLength = FieldLimits.DESCRIPTION)
                @Size(max = FieldLimits.DESCRIPTION)
                String description,
        @Schema(
                        description =
                                "Slug of the category this one sits under; absent or null for the"
                                        + " top level. A post listed with includeChildren=true under"
                                        + " the parent is found there too",
                        examples = "workshop",
                        nullable = true)
                String parent) {}
