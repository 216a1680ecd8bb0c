package dev.blogapi.post;

import dev.blogapi.common.content.FieldLimits;
import dev.blogapi.common.content.Slugs;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of a PATCH body, for the API description only: {@link PostWriter} merges the raw JSON
 * into the post's current {@link PostRequest} (RFC 7386) and validates the result. Nothing is
 * required, and null removes a field so that its default applies.
 */
@Schema(
        name = "PostPatch",
        description =
                """
        A JSON merge patch (RFC 7386) over a post's input fields. Send only what changes; null removes
        a field so that its default applies (excerpt derived again, status draft, no categories).
        title cannot be removed. Sending contentHtml drops contentMarkdown and the reverse.""")
record PostPatch(
        @Schema(
                        minLength = 1,
                        maxLength = FieldLimits.TITLE,
                        examples = "Software for Python presentations")
                String title,
        @Schema(
                        nullable = true,
                        description = "null keeps the current slug",
                        pattern = Slugs.DOCUMENTED_PATTERN,
                        maxLength = FieldLimits.POST_SLUG)
                String slug,
        @Schema(
                        nullable = true,
                        description = "null derives it from the content",
                        maxLength = FieldLimits.EXCERPT)
                String excerpt,
        @Schema(
                        nullable = true,
                        enumeration = {"draft", "published"},
                        description = "null makes the post a draft")
                String status,
        @Schema(
                        implementation = String.class,
                        format = "date-time",
                        nullable = true,
                        description = "null keeps the current date of a published post",
                        examples = "2007-06-30T12:16:04Z")
                OffsetDateTime publishedAt,
        @Schema(
                        nullable = true,
                        description = "null keeps the current author",
                        minLength = 1,
                        maxLength = FieldLimits.NAME)
                String author,
        @Schema(nullable = true, description = "null files the post under no category")
                List<String> categories,
        @Schema(nullable = true, description = "Tag names; null takes every tag off the post")
                List<String> tags,
        @Schema(
                        nullable = true,
                        description = "null keeps the current guid",
                        minLength = 1,
                        maxLength = FieldLimits.GUID)
                String guid,
        @Schema(nullable = true, maxLength = FieldLimits.CONTENT) String contentMarkdown,
        @Schema(nullable = true, maxLength = FieldLimits.CONTENT) String contentHtml,
        @Schema(
                        nullable = true,
                        enumeration = {"public", "members", "paid", "password"},
                        description = "null makes the post public")
                String visibility,
        @Schema(
                        writeOnly = true,
                        minLength = 1,
                        maxLength = 200,
                        description = "A new password for a post with visibility password")
                String password,
        @Schema(nullable = true, description = "null removes it") FeaturedImage featuredImage,
        Boolean featured,
        @Schema(nullable = true, maxLength = FieldLimits.PATH) String canonicalUrl,
        @Schema(nullable = true, maxLength = FieldLimits.TITLE) String metaTitle,
        @Schema(nullable = true, maxLength = FieldLimits.EXCERPT) String metaDescription) {}
