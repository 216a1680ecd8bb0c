package dev.blogapi.tag;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "TagRef",
        description = "A tag on a post.",
        requiredProperties = {"slug", "name"})
public record TagRef(
        @Schema(examples = "python") String slug, @Schema(examples = "Python") String name) {

    public static TagRef of(Tag tag) {
        return new TagRef(tag.slug, tag.name);
    }
}
