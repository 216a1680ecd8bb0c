package dev.blogapi.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Tag",
        description = "A flat label on posts, beside their categories.",
        requiredProperties = {"slug", "name", "postCount"})
record TagResponse(
        @Schema(examples = "python") String slug,
        @Schema(examples = "Python") String name,
        @Schema(description = "Published posts only", examples = "12") long postCount) {}
