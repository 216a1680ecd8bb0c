package dev.blogapi.post;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "ArchiveMonth",
        description = "How many posts were published in one month (UTC).",
        requiredProperties = {"year", "month", "postCount"})
record ArchiveMonth(
        @Schema(examples = "2007") int year,
        @Schema(examples = "6") int month,
        @Schema(examples = "3") long postCount) {}
