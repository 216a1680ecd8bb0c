package dev.blogapi.category;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "CategoryRef",
        description = "A category a post is filed under.",
        requiredProperties = {"slug", "name"})
public record CategoryRef(
        @Schema(examples = "tools") String slug, @Schema(examples = "Tools") String name) {

    public static CategoryRef of(Category category) {
        return new CategoryRef(category.slug, category.name);
    }
}
