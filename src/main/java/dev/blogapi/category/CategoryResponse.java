package dev.blogapi.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Category",
        description = "A named group of posts.",
        requiredProperties = {"slug", "name", "description", "parent", "postCount"})
record CategoryResponse(
        @Schema(examples = "tools") String slug,
        @Schema(examples = "Tools") String name,
        @Schema(examples = "Chisels, planes and the rest", nullable = true) String description,
        @Schema(
                        description =
                                "Slug of the category this one sits under; null at the top level",
                        examples = "workshop",
                        nullable = true)
                String parent,
        @Schema(description = "Published posts only", examples = "7") long postCount) {}
