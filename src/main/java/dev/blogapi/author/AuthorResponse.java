package dev.blogapi.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Author",
        description = "A person posts are written by.",
        requiredProperties = {"slug", "name", "postCount"})
record AuthorResponse(
        @Schema(examples = "ada-lindqvist") String slug,
        @Schema(examples = "Ada Lindqvist") String name,
        @Schema(description = "Published posts only", examples = "12") long postCount) {}
