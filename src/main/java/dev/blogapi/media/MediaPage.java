package dev.blogapi.media;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the media library, newest first, shaped like every other list. */
@Schema(
        name = "MediaPage",
        description = "One page of the media library, newest first.",
        requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
public record MediaPage(
        List<MediaResponse> items,
        @Schema(examples = "1") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "42") long totalItems,
        @Schema(examples = "3") int totalPages) {}
