package dev.blogapi.export;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.post.FeaturedImage;
import dev.blogapi.post.PostInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Everything the blog holds, as GET /api/v1/export gives it and POST /api/v1/import takes it back.
 */
@Schema(
        name = "Export",
        description = "The whole blog: authors, categories and every post, drafts included.")
record ExportDocument(
        @Schema(enumeration = FORMAT)
                @NotNull
                @Pattern(regexp = FORMAT, message = "must be " + FORMAT)
                String format,
        @Schema(examples = "1") int version,
        @NotNull List<@NotNull @Valid Author> authors,
        @NotNull List<@NotNull @Valid Category> categories,
        @Schema(
                        nullable = true,
                        description = "Absent in exports made before tags; then posts keep theirs")
                List<@NotNull @Valid Tag> tags,
        @NotNull List<@NotNull @Valid Post> posts,
        @Schema(
                        nullable = true,
                        description =
                                "The media library's files, described (the bytes travel in the"
                                        + " bundle, GET /api/v1/export?media=true); absent in"
                                        + " exports made before media")
                List<@NotNull @Valid Media> media) {

    public static final String FORMAT = "blog-api-export";
    public static final int VERSION = 1;

    @Schema(name = "ExportAuthor", description = "An author, restored by slug.")
    public record Author(
            @Schema(examples = "ada-lindqvist") @NotBlank @Size(max = FieldLimits.NAME_SLUG)
                    String slug,
            @Schema(examples = "Ada Lindqvist") @NotBlank @Size(max = FieldLimits.NAME) String name,
            @NotNull Instant createdAt) {}

    @Schema(name = "ExportCategory", description = "A category, restored by slug.")
    public record Category(
            @Schema(examples = "tools") @NotBlank @Size(max = FieldLimits.NAME_SLUG) String slug,
            @Schema(examples = "Tools") @NotBlank @Size(max = FieldLimits.NAME) String name,
            @Schema(nullable = true, examples = "Chisels, planes and the rest")
                    @Size(max = FieldLimits.DESCRIPTION)
                    String description,
            @NotNull Instant createdAt,
            @Schema(
                            description =
                                    "Slug of the category it sits under; absent at the top level"
                                            + " (and in exports made before hierarchy)",
                            nullable = true,
                            examples = "workshop")
                    @Size(max = FieldLimits.NAME_SLUG)
                    String parent) {}

    @Schema(name = "ExportTag", description = "A tag, restored by slug.")
    public record Tag(
            @Schema(examples = "python") @NotBlank @Size(max = FieldLimits.NAME_SLUG) String slug,
            @Schema(examples = "Python") @NotBlank @Size(max = FieldLimits.NAME) String name,
            @NotNull Instant createdAt) {}

    /** A post with everything needed to restore it exactly; author and categories by slug. */
    @Schema(
            name = "ExportPost",
            description = "A post with every stored field; author and categories by slug.")
    public record Post(
            @NotNull UUID id,
            @Schema(
                            enumeration = {"post", "page"},
                            nullable = true,
                            description = "Absent in exports made before pages: a post")
                    @Pattern(regexp = "post|page")
                    String kind,
            @Schema(examples = "urn:uuid:6a2d9e70-1c3b-4f5a-8e26-b7a4c9d01e22")
                    @NotBlank
                    @Size(max = FieldLimits.GUID)
                    String guid,
            @Schema(examples = "software-for-python-presentations")
                    @NotBlank
                    @Size(max = FieldLimits.POST_SLUG)
                    String slug,
            @Schema(examples = "Software for Python presentations")
                    @NotBlank
                    @Size(max = FieldLimits.TITLE)
                    String title,
            @Schema(enumeration = {"draft", "published"})
                    @NotNull
                    @Pattern(regexp = "draft|published")
                    String status,
            @Schema(
                            implementation = String.class,
                            format = "date-time",
                            nullable = true,
                            description = "Null for a draft that was given no date")
                    Instant publishedAt,
            @NotNull Instant createdAt,
            @NotNull Instant updatedAt,
            @Schema(description = "The author's slug", examples = "ada-lindqvist") @NotBlank
                    String author,
            @NotNull List<@NotBlank String> categories,
            @Schema(nullable = true, description = "Tag slugs in order; absent keeps the post's")
                    List<@NotBlank String> tags,
            @Schema(examples = "Slides from plain text.") @NotNull String excerpt,
            boolean excerptDerived,
            @Schema(examples = "<p>Slides from <em>plain text</em>.</p>") @NotNull
                    String contentHtml,
            @Schema(nullable = true, description = "Null unless written in Markdown")
                    String contentMarkdown,
            @Schema(nullable = true, description = "The old blog's path, for imported posts")
                    @Size(max = FieldLimits.PATH)
                    String legacyPath,
            @NotNull List<@NotBlank @Size(max = FieldLimits.PATH) String> aliases,
            @Schema(
                            enumeration = {"public", "members", "paid", "password"},
                            nullable = true,
                            description = "Absent in exports made before gating: public")
                    @Pattern(regexp = "public|members|paid|password")
                    String visibility,
            @Schema(
                            nullable = true,
                            description =
                                    "The salted hash of a password-protected post's password, as"
                                            + " this service made it; never the password")
                    @Size(max = 200)
                    String passwordHash,
            @Schema(description = "Absent when the post has none")
                    @JsonInclude(JsonInclude.Include.NON_NULL)
                    @Valid
                    FeaturedImage featuredImage,
            @Schema(nullable = true, description = "Absent in older exports: false")
                    Boolean featured,
            @Schema(nullable = true) @Size(max = FieldLimits.PATH) String canonicalUrl,
            @Schema(nullable = true) @Size(max = FieldLimits.TITLE) String metaTitle,
            @Schema(nullable = true) @Size(max = FieldLimits.EXCERPT) String metaDescription,
            @Schema(
                            nullable = true,
                            description =
                                    "Pages only: the guid of the page this one sits under; absent"
                                            + " for none")
                    @Size(max = FieldLimits.GUID)
                    String parent,
            @Schema(
                            nullable = true,
                            description =
                                    "Everyone who wrote it by slug, in order (the first is author);"
                                            + " absent in exports made before co-authors")
                    @Size(max = FieldLimits.AUTHORS_PER_POST)
                    List<@NotBlank String> authors) {

        /** What a front end shows around the post, as exported. */
        PostInput.Presentation presentation() {
            return new PostInput.Presentation(
                    featuredImage,
                    Boolean.TRUE.equals(featured),
                    canonicalUrl,
                    metaTitle,
                    metaDescription);
        }
    }

    @Schema(
            name = "ExportMedia",
            description = "A media file, restored by its SHA-256.",
            requiredProperties = {"id", "sha256", "filename", "contentType", "bytes", "createdAt"})
    public record Media(
            @NotNull UUID id,
            @Schema(examples = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                    @NotNull
                    @Pattern(regexp = "[0-9a-f]{64}")
                    String sha256,
            @Schema(examples = "heron.jpg") @NotBlank @Size(max = 255) String filename,
            @Schema(examples = "image/jpeg") @NotBlank @Size(max = 100) String contentType,
            @Schema(examples = "184320") long bytes,
            @Schema(nullable = true, examples = "1600") Integer width,
            @Schema(nullable = true, examples = "1067") Integer height,
            @Schema(nullable = true) @Size(max = 1000) String alt,
            @Schema(nullable = true) @Size(max = 1000) String caption,
            @NotNull Instant createdAt) {

        dev.blogapi.media.MediaLibrary.Item item() {
            return new dev.blogapi.media.MediaLibrary.Item(
                    id,
                    sha256,
                    filename,
                    contentType,
                    bytes,
                    width,
                    height,
                    alt,
                    caption,
                    createdAt);
        }

        static Media of(dev.blogapi.media.MediaLibrary.Item item) {
            return new Media(
                    item.id(),
                    item.sha256(),
                    item.filename(),
                    item.contentType(),
                    item.bytes(),
                    item.width(),
                    item.height(),
                    item.alt(),
                    item.caption(),
                    item.createdAt());
        }
    }
}
