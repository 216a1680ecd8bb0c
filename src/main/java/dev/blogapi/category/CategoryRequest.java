package dev.blogapi.category;

import dev.blogapi.common.content.Slugs;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "CategoryInput", description = "A category to create or replace.")
public record CategoryRequest(
        @Schema(
                        description =
                                "Derived from the name when not given; on PUT, a new slug renames the category",
                        examples = "tools",
                        pattern = Slugs.PATTERN,
                        maxLength = 120)
                @Pattern(
                        regexp = Slugs.PATTERN,
                        message = "must be lowercase letters, digits and single hyphens")
                @Size(max = 120)
                String slug,
        @Schema(examples = "Tools", required = true, maxLength = 200) @NotBlank @Size(max = 200)
                String name,
        @Schema(examples = "Chisels, planes and the rest", maxLength = 2000) @Size(max = 2000)
                String description) {}
