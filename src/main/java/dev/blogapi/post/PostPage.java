package dev.blogapi.post;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "PostPage",
        description = "One page of posts, newest first.",
        requiredProperties = {"items", "page", "size", "totalItems", "totalPages"})
record PostPage(
        List<PostResponse> items,
        @Schema(examples = "1") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "42") long totalItems,
        @Schema(examples = "3") int totalPages) {}
