package dev.blogapi.post;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blogapi.author.AuthorRef;
import dev.blogapi.category.CategoryRef;
import dev.blogapi.tag.TagRef;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(
        name = "Post",
        description = "A blog post.",
        requiredProperties = {
            "id",
            "kind",
            "guid",
            "slug",
            "title",
            "status",
            "publishedAt",
            "createdAt",
            "updatedAt",
            "author",
            "categories",
            "tags",
            "excerpt",
            "contentHtml",
            "contentMarkdown",
            "permalink",
            "url",
            "visibility",
            "gated"
        })
record PostResponse(
        UUID id,
        @Schema(
                        enumeration = {"post", "page"},
                        description =
                                "A post belongs in lists, archives and feeds; a page (About,"
                                        + " Contact) stands alone at its own path")
                String kind,
        @Schema(examples = "urn:uuid:6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22") String guid,
        @Schema(examples = "software-for-python-presentations") String slug,
        @Schema(examples = "Software for Python presentations") String title,
        @Schema(enumeration = {"draft", "scheduled", "published"}) String status,
        @Schema(
                        implementation = String.class,
                        format = "date-time",
                        nullable = true,
                        description =
                                "When it was or will be published. A draft has one only when it"
                                        + " was imported with one (an old blog's draft keeps its"
                                        + " date, through edits); a post made a draft again has"
                                        + " none. Publishing a dated draft without a date uses"
                                        + " its date",
                        examples = "2007-06-30T12:16:04Z")
                Instant publishedAt,
        Instant createdAt,
        Instant updatedAt,
        @Schema(description = "The post's author: the first of authors") AuthorRef author,
        @Schema(
                        description =
                                "Everyone who wrote it, in order; the first is author, the others"
                                        + " co-wrote it. Each author's list, feed and count include"
                                        + " the posts they co-wrote")
                List<AuthorRef> authors,
        List<CategoryRef> categories,
        @Schema(description = "In the writer's order") List<TagRef> tags,
        @Schema(description = "Plain text", examples = "Slides from plain text.") String excerpt,
        @Schema(
                        description = "Sanitised HTML",
                        examples = "<p>Slides from <em>plain text</em>.</p>")
                String contentHtml,
        @Schema(
                        nullable = true,
                        description = "The Markdown source when the post was written in Markdown",
                        examples = "Slides from *plain text*.")
                String contentMarkdown,
        @Schema(
                        nullable = true,
                        description = "Site path of the post; null for a draft",
                        examples = "/articles/2007/06/30/software-for-python-presentations")
                String permalink,
        @Schema(
                        nullable = true,
                        description = "Absolute URL of the post; null for a draft",
                        examples =
                                "https://blog.example.org/articles/2007/06/30/software-for-python-presentations")
                String url,
        @Schema(
                        enumeration = {"public", "members", "paid", "password"},
                        description =
                                """
                                Who may read the body: anyone (public); readers with a token for                                 members-only and paid posts; for password-protected ones, also                                 whoever sends the post's password""")
                String visibility,
        @Schema(
                        description =
                                """
                                True when this answer leaves the gated part out: contentHtml holds                                 only the free part (before the members-only marker; empty when there                                 is none, and for a password-protected post), contentMarkdown is null                                 and a password-protected post's excerpt is empty""")
                boolean gated,
        // Absent rather than null: OpenAPI 3.0 cannot mark a referenced schema nullable.
        @Schema(description = "Absent when the post has none")
                @JsonInclude(JsonInclude.Include.NON_NULL)
                FeaturedImage featuredImage,
        @Schema(
                        description =
                                "Shown first or apart by front ends (WordPress sticky, Ghost featured)")
                boolean featured,
        @Schema(nullable = true, description = "Where the post first appeared (rel=canonical)")
                String canonicalUrl,
        @Schema(nullable = true, description = "The title for search engines") String metaTitle,
        @Schema(nullable = true, description = "The description for search engines")
                String metaDescription,
        @Schema(
                        nullable = true,
                        description =
                                "Pages only: the slug of the page this one sits under, while that"
                                        + " page is published; null otherwise",
                        examples = "about")
                String parent) {}
