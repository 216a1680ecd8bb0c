package dev.blogapi.author;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "AuthorRef",
        description = "The author of a post.",
        requiredProperties = {"slug", "name"})
public record AuthorRef(
        @Schema(examples = "ada-lindqvist") String slug,
        @Schema(examples = "Ada Lindqvist") String name) {

    public static AuthorRef of(Author author) {
        return new AuthorRef(author.slug, author.name);
    }
}
