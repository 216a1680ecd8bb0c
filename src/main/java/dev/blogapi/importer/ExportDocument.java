package dev.blogapi.importer;

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
public record ExportDocument(
        @Schema(enumeration = FORMAT)
                @NotNull
                @Pattern(regexp = FORMAT, message = "must be " + FORMAT)
                String format,
        @Schema(examples = "1") int version,
        @NotNull List<@Valid Author> authors,
        @NotNull List<@Valid Category> categories,
        @NotNull List<@Valid Post> posts) {

    public static final String FORMAT = "blog-api-export";
    public static final int VERSION = 1;

    @Schema(name = "ExportAuthor")
    public record Author(
            @NotBlank @Size(max = 120) String slug,
            @NotBlank @Size(max = 200) String name,
            @NotNull Instant createdAt) {}

    @Schema(name = "ExportCategory")
    public record Category(
            @NotBlank @Size(max = 120) String slug,
            @NotBlank @Size(max = 200) String name,
            @Schema(nullable = true) @Size(max = 2000) String description,
            @NotNull Instant createdAt) {}

    /** A post with everything needed to restore it exactly; author and categories by slug. */
    @Schema(name = "ExportPost")
    public record Post(
            @NotNull UUID id,
            @NotBlank @Size(max = 500) String guid,
            @NotBlank @Size(max = 200) String slug,
            @NotBlank @Size(max = 300) String title,
            @NotNull @Pattern(regexp = "draft|published") String status,
            @Schema(
                            implementation = String.class,
                            format = "date-time",
                            nullable = true,
                            description = "Null for a draft")
                    Instant publishedAt,
            @NotNull Instant createdAt,
            @NotNull Instant updatedAt,
            @NotBlank String author,
            @NotNull List<String> categories,
            @NotNull String excerpt,
            boolean excerptDerived,
            @NotNull String contentHtml,
            @Schema(nullable = true, description = "Null unless written in Markdown")
                    String contentMarkdown,
            @Schema(nullable = true, description = "The old blog's path, for imported posts")
                    @Size(max = 2000)
                    String legacyPath,
            @NotNull List<@NotBlank @Size(max = 2000) String> aliases) {}
}
